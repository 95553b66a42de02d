import CNCurses
import Glibc

/// Sets the process locale for ncursesw.
enum LocaleSetup {
  /// Applies the user's locale (`setlocale(LC_ALL, "")`). If its character set is not UTF-8,
  /// switches `LC_CTYPE` to C.UTF-8 so ncursesw still draws "Ménaka" instead of dropping "é".
  /// - Returns: whether the user's own locale is UTF-8 (the terminal is then assumed to
  ///   display line-drawing characters).
  static func apply() -> Bool {
    setlocale(LC_ALL, "")
    if isUTF8() { return true }
    if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "C.utf8") }
    return false
  }

  /// Whether the current `LC_CTYPE` uses UTF-8.
  static func isUTF8() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
