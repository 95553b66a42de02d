public import WatchfloorCore

extension DashboardData {
  /// The data for `corpus`, a later snapshot of the same folder, worked out from this data at
  /// the cost of what changed rather than of the whole corpus.
  ///
  /// The result equals a full build of `corpus` with the same options and
  /// `previousIncidentIDs: incidentIDs` (so incidents that were not here are marked new):
  /// reports that changed are found by comparing the two snapshots (unchanged reports share
  /// storage, so this is cheap); their incidents leave and enter the sorted list, the search
  /// index and the panes; the risk index swaps those reports; and only the regions they concern
  /// are rated again, unless the as-of day moved. It falls back to a full build when the
  /// snapshots are not in path order (as ``CorpusStore`` keeps them) or identities repeat.
  public func updated(to corpus: Corpus, loadedAt: String) -> DashboardData {
    guard corpus.root == basis.corpus.root, indexByID.count == incidents.count,
      let diff = ReportDiff(from: basis.corpus.reports, to: corpus.reports),
      let merge = IncidentMerge(removing: diff.removed, adding: diff.added, into: self)
    else { return rebuilt(from: corpus, loadedAt: loadedAt) }

    var basis = basis
    basis.corpus = corpus
    basis.token = DashboardBasis.newToken()
    switch basis.rating {
    case .indexed(let assessor, var index):
      let touched = index.update(removing: diff.removed, adding: diff.added)
      basis.rating = .indexed(assessor, index)
      for region in touched { basis.assessments[region] = nil }
    case .custom:
      basis.assessments = [:]
    }
    var next = DashboardData(
      assembling: basis, incidents: merge.incidents, paneOfIncident: merge.paneOfIncident,
      search: merge.search, loadedAt: loadedAt, newIncidentIDs: merge.newIDs)
    next.basis.derivedFrom = self.basis.token
    return next
  }

  /// A full build of `corpus` with this data's options.
  private func rebuilt(from corpus: Corpus, loadedAt: String) -> DashboardData {
    var basis = DashboardBasis(
      corpus: corpus, watched: basis.watched, asOfChoice: basis.asOfChoice, catalog: basis.catalog,
      rating: basis.rating)
    if case .indexed(let assessor, _) = basis.rating {
      basis.rating = .indexed(assessor, RiskIndex(corpus: corpus, catalog: assessor.catalog))
    }
    var next = DashboardData(basis: basis, loadedAt: loadedAt, previousIncidentIDs: incidentIDs)
    next.basis.derivedFrom = self.basis.token
    return next
  }
}

/// The reports that differ between two snapshots in path order: a changed report is in both
/// lists (old version removed, new one added).
struct ReportDiff {
  var removed: [Report] = []
  var added: [Report] = []

  /// Nil when either list is not in strictly increasing path order (UTF-8 bytes).
  init?(from oldReports: [Report], to newReports: [Report]) {
    // Through buffer pointers: subscripting the arrays would copy whole reports.
    let ordered = oldReports.withUnsafeBufferPointer { old in
      newReports.withUnsafeBufferPointer { new in
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
          if i < old.count, j < new.count, old[i].path == new[j].path {
            if !(old[i] == new[j]) {
              removed.append(old[i])
              added.append(new[j])
            }
            i += 1
            j += 1
          } else if j == new.count || (i < old.count && Self.precedes(old[i].path, new[j].path)) {
            removed.append(old[i])
            i += 1
          } else {
            added.append(new[j])
            j += 1
          }
          if i > 1, i <= old.count, !Self.precedes(old[i - 2].path, old[i - 1].path) { return false }
          if j > 1, j <= new.count, !Self.precedes(new[j - 2].path, new[j - 1].path) { return false }
        }
        return true
      }
    }
    guard ordered else { return nil }
  }

  private static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}

/// The incidents list, pane numbers and search index of `data` with some reports' incidents
/// taken out and others put in, in list order: untouched stretches are copied whole.
struct IncidentMerge {
  var incidents: [Incident] = []
  var paneOfIncident: [Int32] = []
  var search = SearchIndex()
  /// Identities that were not in `data`.
  var newIDs = Set<IncidentID>()

  /// Nil when an identity would repeat or a removed incident is unknown (then a full build
  /// decides).
  init?(removing removedReports: [Report], adding addedReports: [Report], into data: DashboardData) {
    var removedIDs = Set<IncidentID>()
    var removed: [Int] = []
    for report in removedReports {
      for incident in report.incidents {
        guard let index = data.indexByID[incident.id], removedIDs.insert(incident.id).inserted else {
          return nil
        }
        removed.append(Int(index))
      }
    }
    removed.sort()
    let added = DashboardData.newestFirst(addedReports.flatMap(\.incidents))
    var addedIDs = Set<IncidentID>()
    for incident in added {
      guard addedIDs.insert(incident.id).inserted else { return nil }
      if data.indexByID[incident.id] != nil, !removedIDs.contains(incident.id) { return nil }
      if !removedIDs.contains(incident.id) { newIDs.insert(incident.id) }
    }

    let old = data.incidents
    let total = old.count - removed.count + added.count
    incidents.reserveCapacity(total)
    paneOfIncident.reserveCapacity(total)
    search.reserve(entries: total, like: data.search)
    var assignment = PaneAssignment(watched: data.basis.watched, catalog: data.basis.catalog)
    var cursor = 0
    var nextRemoved = 0
    func copyOld(upTo end: Int) {
      while cursor < end {
        let skip = nextRemoved < removed.count ? removed[nextRemoved] : Int.max
        let stop = min(end, skip)
        if cursor < stop {
          incidents.append(contentsOf: old[cursor..<stop])
          paneOfIncident.append(contentsOf: data.paneOfIncident[cursor..<stop])
          search.append(entries: cursor..<stop, of: data.search)
          cursor = stop
        }
        if cursor == skip, cursor < end {
          cursor += 1
          nextRemoved += 1
        }
      }
    }
    for incident in added {
      // Where it goes: after every old incident that comes before it in list order.
      var (low, high) = (0, old.count)
      while low < high {
        let middle = (low + high) / 2
        if DashboardData.precedes(old[middle], incident) { low = middle + 1 } else { high = middle }
      }
      copyOld(upTo: max(low, cursor))
      incidents.append(incident)
      paneOfIncident.append(assignment.pane(of: incident))
      search.append(DashboardData.searchableParts(of: incident))
    }
    copyOld(upTo: old.count)
  }
}
