/// A warning noted before the dashboard can show it.
final class WarningBox {
  var value: String?
}
