import Foundation
import Testing
import WatchfloorTestSupport

/// Files and folders without read permission. The tests run as root, for whom permissions do not
/// stop reads, so `watchfloor check` runs as `nobody` under `setpriv`.
@Suite(
  .enabled(if: WatchfloorBinary.path != nil, "the watchfloor executable is not built"),
  .enabled(
    if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
    "needs root and setpriv to run the CLI as another user"))
struct UnreadableFileTests {
  @Test func unreadableFileAndFolderAreNamedFailuresAndTheRestLoads() throws {
    let dir = try TemporaryDirectory(prefix: "perm")
    try dir.write(
      "good.txt", "Date: 3 March 2024\n\nGunmen attacked a market in Gao, killing four civilians.\n")
    try dir.write("locked.txt", "Date: 3 March 2024\n\nSecret.\n")
    try dir.write("closed/inside.txt", "Date: 3 March 2024\n\nHidden.\n")
    let fm = FileManager.default
    try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
    try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: dir.path + "/good.txt")
    try fm.setAttributes([.posixPermissions: 0o000], ofItemAtPath: dir.path + "/locked.txt")
    try fm.setAttributes([.posixPermissions: 0o000], ofItemAtPath: dir.path + "/closed")
    defer { try? fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path + "/closed") }
    let binary = try #require(WatchfloorBinary.path)
    let run = try WatchfloorBinary.shell(
      "setpriv --reuid=65534 --regid=65534 --clear-groups '\(binary)' check --corpus '\(dir.path)'")
    #expect(run.status == 1, "\(run.stderr)")
    #expect(run.stdout.contains("ok    good.txt"))
    #expect(run.stdout.contains("FAIL  locked.txt  cannot read: Permission denied"))
    #expect(run.stdout.contains("FAIL  closed  cannot read directory: Permission denied"))
  }
}
