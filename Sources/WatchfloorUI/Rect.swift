/// A rectangle of screen cells.
public struct Rect: Hashable, Sendable {
  public var row: Int
  public var column: Int
  public var width: Int
  public var height: Int

  public init(row: Int, column: Int, width: Int, height: Int) {
    self.row = row
    self.column = column
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The area inside a one-cell border.
  public var inner: Rect { Rect(row: row + 1, column: column + 1, width: width - 2, height: height - 2) }

  public var isEmpty: Bool { width <= 0 || height <= 0 }
}
