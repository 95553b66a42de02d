/// The compact binary form of one report's parse and extraction results in the cache.
///
/// The record holds what the parser and the extractor computed (title, kind, date, sections,
/// incidents), not the body: the body is decoded again from the file's bytes, which the warm
/// path reads anyway, and every section text and incident sentence that is a slice of the body
/// is stored as a byte range into it. The path is not stored either: the record is looked up by
/// path, and incident identities are stored without their `path#` prefix. Nor are the warnings:
/// they come from decoding and from the read, both redone.
///
/// ``decode(_:path:body:)`` checks every count, range, enumeration value and UTF-8 sequence
/// and throws on the first problem, so a damaged record is never turned into a report.
enum CachedReportCodec {
  static let kinds: [ReportKind] = [.alert, .brief, .news, .background]
  static let dateSources: [ReportDateSource] = [
    .header, .dateLine, .dateField, .frontMatter, .fileModified, .dateline,
  ]
  static let eventTypes: [EventType] = EventType.allCases
  static let precisions: [DatePrecision] = DatePrecision.allCases
  /// Day ordinals further than this from 1970 are rejected (a year beyond ±10,000).
  static let ordinalBound = 4_000_000

  private enum IncidentFlag {
    static let date: UInt8 = 1
    static let region: UInt8 = 2
    static let location: UInt8 = 4
    static let fatalities: UInt8 = 8
    static let main: UInt8 = 16
    static let dateInferred: UInt8 = 32
    static let sourceIsSlice: UInt8 = 64
    static let summaryIsSource: UInt8 = 128
  }

  /// The record of `report` (its body must be the one the decoder will be given).
  static func encode(_ report: Report) -> [UInt8] {
    var writer = CacheByteWriter(capacity: 256 + 160 * report.incidents.count)
    var body = report.body
    body.withUTF8 { utf8 in
      writer.string(report.title)
      writer.byte(UInt8(kinds.firstIndex(of: report.kind)!))
      writer.byte(report.date == nil ? 0 : 1)
      if let date = report.date { writer.signed(date.ordinal) }
      writer.byte(report.dateSource.map { UInt8(dateSources.firstIndex(of: $0)! + 1) } ?? 0)
      writer.count(utf8.count)
      writer.count(report.sections.count)
      for section in report.sections {
        writer.string(section.name)
        let length = section.text.utf8.count
        writer.count(section.offset)
        writer.count(length)
        if isSlice(section.text, of: utf8, at: section.offset) {
          writer.byte(0)
        } else {
          writer.byte(1)
          writer.string(String(section.text))
        }
      }
      writer.count(report.incidents.count)
      for incident in report.incidents { encode(incident, path: report.path, body: utf8, into: &writer) }
    }
    return writer.bytes
  }

  private static func encode(
    _ incident: Incident, path: String, body: UnsafeBufferPointer<UInt8>, into writer: inout CacheByteWriter
  ) {
    let sourceIsSlice =
      incident.span.lowerBound >= 0 && incident.span.count == incident.sourceText.utf8.count
      && isSlice(incident.sourceText, of: body, at: incident.span.lowerBound)
    var flags: UInt8 = 0
    if incident.date != nil { flags |= IncidentFlag.date }
    if incident.region != nil { flags |= IncidentFlag.region }
    if incident.location != nil { flags |= IncidentFlag.location }
    if incident.fatalities != nil { flags |= IncidentFlag.fatalities }
    if incident.isMainEvent { flags |= IncidentFlag.main }
    if incident.isDateInferred { flags |= IncidentFlag.dateInferred }
    if sourceIsSlice { flags |= IncidentFlag.sourceIsSlice }
    if incident.summary == incident.sourceText { flags |= IncidentFlag.summaryIsSource }
    writer.byte(flags)
    let id = incident.id.rawValue
    let prefix = (path + "#").utf8
    if id.utf8.starts(with: prefix) {
      writer.byte(0)
      writer.string(String(decoding: id.utf8.dropFirst(prefix.count), as: UTF8.self))
    } else {
      writer.byte(1)
      writer.string(id)
    }
    if let date = incident.date {
      writer.signed(date.day.ordinal)
      writer.byte(UInt8(precisions.firstIndex(of: date.precision)!))
    }
    if let region = incident.region { writer.string(region.name) }
    if let location = incident.location { writer.string(location) }
    writer.count(incident.actors.count)
    for actor in incident.actors { writer.string(actor) }
    writer.byte(incident.eventType.map { UInt8(eventTypes.firstIndex(of: $0)! + 1) } ?? 0)
    if let fatalities = incident.fatalities { writer.signed(fatalities) }
    if incident.summary != incident.sourceText { writer.string(incident.summary) }
    if !sourceIsSlice { writer.string(incident.sourceText) }
    writer.signed(incident.span.lowerBound)
    writer.signed(incident.span.upperBound)
    writer.byte(incident.source == path ? 0 : 1)
    if incident.source != path { writer.string(incident.source) }
  }

  private static func isSlice(
    _ text: some StringProtocol, of body: UnsafeBufferPointer<UInt8>, at offset: Int
  ) -> Bool {
    let utf8 = text.utf8
    guard offset >= 0, offset <= body.count, utf8.count <= body.count - offset else { return false }
    return utf8.elementsEqual(body[offset..<offset + utf8.count])
  }

  /// The report `record` describes, with `body` (decoded from the file) and `path`; no warnings.
  static func decode(
    _ reader: inout CacheByteReader, path: String, body: String
  ) throws(CacheByteReader.Malformed) -> Report {
    var body = body
    var report: Report?
    var failure: CacheByteReader.Malformed?
    let text = body
    body.withUTF8 { utf8 in
      do throws(CacheByteReader.Malformed) {
        report = try decodeReport(&reader, path: path, body: text, utf8: utf8)
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    return report!
  }

  private static func decodeReport(
    _ reader: inout CacheByteReader, path: String, body: String, utf8: UnsafeBufferPointer<UInt8>
  ) throws(CacheByteReader.Malformed) -> Report {
    let title = try reader.string()
    let kind = try element(of: kinds, at: Int(try reader.byte()))
    let date: Day? = try reader.byte() == 0 ? nil : try day(try reader.signed())
    let sourceCode = Int(try reader.byte())
    let dateSource = sourceCode == 0 ? nil : try element(of: dateSources, at: sourceCode - 1)
    guard try reader.count(perItem: 0) == utf8.count else { throw .init("body length differs") }
    let sectionCount = try reader.count(perItem: 4)
    var sections: [ReportSection] = []
    sections.reserveCapacity(sectionCount)
    for _ in 0..<sectionCount {
      let name = try reader.string()
      let offset = try reader.count(perItem: 0)
      let length = try reader.count(perItem: 0)
      let text: Substring
      switch try reader.byte() {
      case 0: text = try slice(body, utf8, offset, length)
      case 1:
        text = Substring(try reader.string())
        guard text.utf8.count == length else { throw .init("section length differs") }
      default: throw .init("bad section form")
      }
      sections.append(ReportSection(name: name, text: text, offset: offset))
    }
    let incidentCount = try reader.count(perItem: 8)
    var incidents: [Incident] = []
    incidents.reserveCapacity(incidentCount)
    for _ in 0..<incidentCount {
      incidents.append(try decodeIncident(&reader, path: path, body: body, utf8: utf8))
    }
    return Report(
      path: path, title: title, kind: kind, date: date, dateSource: dateSource, sections: sections,
      body: body, incidents: incidents)
  }

  private static func decodeIncident(
    _ reader: inout CacheByteReader, path: String, body: String, utf8: UnsafeBufferPointer<UInt8>
  ) throws(CacheByteReader.Malformed) -> Incident {
    let flags = try reader.byte()
    let id: IncidentID
    switch try reader.byte() {
    case 0: id = IncidentID(path + "#" + (try reader.string()))
    case 1: id = IncidentID(try reader.string())
    default: throw .init("bad identity form")
    }
    var date: IncidentDate?
    if flags & IncidentFlag.date != 0 {
      let day = try day(try reader.signed())
      date = IncidentDate(day: day, precision: try element(of: precisions, at: Int(try reader.byte())))
    }
    let region = flags & IncidentFlag.region != 0 ? Region(try reader.string()) : nil
    let location = flags & IncidentFlag.location != 0 ? try reader.string() : nil
    let actorCount = try reader.count(perItem: 1)
    var actors: [String] = []
    actors.reserveCapacity(actorCount)
    for _ in 0..<actorCount { actors.append(try reader.string()) }
    let typeCode = Int(try reader.byte())
    let eventType = typeCode == 0 ? nil : try element(of: eventTypes, at: typeCode - 1)
    let fatalities = flags & IncidentFlag.fatalities != 0 ? try reader.signed() : nil
    let summary = flags & IncidentFlag.summaryIsSource != 0 ? nil : try reader.string()
    let storedSource = flags & IncidentFlag.sourceIsSlice != 0 ? nil : try reader.string()
    let lower = try reader.signed()
    let upper = try reader.signed()
    guard lower <= upper else { throw .init("bad span") }
    let sourceText: String
    if let storedSource {
      sourceText = storedSource
    } else {
      sourceText = String(try slice(body, utf8, lower, upper - lower))
    }
    let source: String
    switch try reader.byte() {
    case 0: source = path
    case 1: source = try reader.string()
    default: throw .init("bad source form")
    }
    return Incident(
      id: id, date: date, region: region, location: location, actors: actors, eventType: eventType,
      fatalities: fatalities, summary: summary ?? sourceText, source: source, sourceText: sourceText,
      span: lower..<upper, isMainEvent: flags & IncidentFlag.main != 0,
      isDateInferred: flags & IncidentFlag.dateInferred != 0)
  }

  private static func element<T>(of table: [T], at index: Int) throws(CacheByteReader.Malformed) -> T {
    guard table.indices.contains(index) else { throw .init("value \(index) out of range") }
    return table[index]
  }

  private static func day(_ ordinal: Int) throws(CacheByteReader.Malformed) -> Day {
    guard ordinal >= -ordinalBound, ordinal <= ordinalBound else { throw .init("day out of range") }
    return Day(ordinal: ordinal)
  }

  /// `body`'s bytes `offset..<offset + length` as a string. The body is valid UTF-8, so the
  /// slice is valid when both ends fall on scalar boundaries (no continuation byte there); it is
  /// then copied out of the body without being validated again.
  private static func slice(
    _ body: String, _ utf8: UnsafeBufferPointer<UInt8>, _ offset: Int, _ length: Int
  ) throws(CacheByteReader.Malformed) -> Substring {
    guard offset >= 0, length >= 0, offset <= utf8.count, length <= utf8.count - offset else {
      throw .init("slice outside the body")
    }
    let end = offset + length
    guard offset == utf8.count || utf8[offset] & 0xC0 != 0x80, end == utf8.count || utf8[end] & 0xC0 != 0x80
    else { throw .init("slice inside a character") }
    let view = body.utf8
    let lower = view.index(view.startIndex, offsetBy: offset)
    let upper = view.index(lower, offsetBy: length)
    return body[lower..<upper]
  }
}
