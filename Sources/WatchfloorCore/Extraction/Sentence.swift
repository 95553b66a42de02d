/// A sentence cut from a report section.
public struct Sentence: Hashable, Sendable {
  /// The sentence text, trimmed.
  public var text: String
  /// UTF-8 byte range of `text` within the report body.
  public var span: Range<Int>
  /// The name of the section it came from ("Event", "Context", "" …).
  public var section: String
  /// Index of the paragraph within the report (sentences of one paragraph share it).
  public var paragraph: Int
}
