/// A sentence pattern with slots, parsed once and rendered many times without string searching.
///
/// Slots: `{ON}` / `{on}` date phrase (sentence-initial / inside), `{J}` `{J2}` jihadist groups,
/// `{W}` the army's foreign partner, `{REB}` rebels, `{MIL}` a communal militia, `{P}` `{P2}`
/// places, `{R}` the region, `{N}` a number of dead, `{K}` a count of people, `{V}` a vehicle.
struct SentenceTemplate: Sendable {
  enum Slot: String, Sendable {
    case dateInitial = "ON", date = "on", jihadist = "J", otherJihadist = "J2"
    case partner = "W", rebels = "REB", militia = "MIL", place = "P", otherPlace = "P2"
    case region = "R", dead = "N", count = "K", vehicle = "V"
  }

  enum Piece: Sendable {
    case text(String)
    case slot(Slot)
  }

  let pieces: [Piece]

  init(_ pattern: String) {
    var pieces: [Piece] = []
    var rest = Substring(pattern)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
      let name = String(rest[rest.index(after: open)..<close])
      guard let slot = Slot(rawValue: name) else { fatalError("unknown slot {\(name)} in template") }
      pieces.append(.slot(slot))
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { pieces.append(.text(String(rest))) }
    self.pieces = pieces
  }

  /// Whether the pattern uses `slot`.
  func uses(_ slot: Slot) -> Bool {
    pieces.contains {
      if case .slot(let s) = $0 { return s == slot }
      return false
    }
  }

  /// The sentence with each slot replaced by `value(slot)`.
  func render(_ value: (Slot) -> String) -> String {
    var out = ""
    out.reserveCapacity(200)
    for piece in pieces {
      switch piece {
      case .text(let text): out += text
      case .slot(let slot): out += value(slot)
      }
    }
    return out
  }
}
