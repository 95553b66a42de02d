/// What a watcher noticed: report paths that may have changed, directories whose whole subtree
/// may have changed, or a request to look at everything again.
///
/// Paths are relative to the corpus root with `/` separators. A path in the set only means
/// "look at this again": the file may have been created, written, deleted or renamed, or may
/// be an editor's temporary file that is already gone. The corpus store decides what really
/// changed by comparing fingerprints, which is what turns an editor's atomic save
/// (write a temp file, rename it over the report) into one modification of the report.
public struct ChangeSet: Hashable, Sendable {
  /// Files that may have been created, modified, deleted or renamed.
  public var paths: Set<String>
  /// Directories (relative, never the root itself) whose every file may have changed:
  /// created, deleted, or moved in, out or within the tree.
  public var subtrees: Set<String>
  /// True when the watcher lost track (event queue overflow, root replaced) and everything
  /// must be compared again.
  public var needsRescan: Bool

  public init(paths: Set<String> = [], subtrees: Set<String> = [], needsRescan: Bool = false) {
    self.paths = paths
    self.subtrees = subtrees
    self.needsRescan = needsRescan
  }

  /// A change set that asks for a full rescan.
  public static let rescan = ChangeSet(needsRescan: true)

  /// True when nothing was noticed.
  public var isEmpty: Bool { paths.isEmpty && subtrees.isEmpty && !needsRescan }

  /// Adds everything `other` noticed to this set.
  public mutating func formUnion(_ other: ChangeSet) {
    paths.formUnion(other.paths)
    subtrees.formUnion(other.subtrees)
    needsRescan = needsRescan || other.needsRescan
  }
}
