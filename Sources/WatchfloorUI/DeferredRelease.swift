import Dispatch

/// Frees values off the thread that paints frames: a reload replaces large structures (the
/// previous corpus snapshot's report list, assessments with long advice lists), and freeing
/// them element by element would delay the frame that shows the new data.
enum DeferredRelease {
  private static let queue = DispatchQueue(label: "watchfloor.deferred-release", qos: .utility)

  /// Hands `value` to a background queue, which drops it. Pass the last reference (with
  /// `consume` for a local), or the caller frees it after all.
  static func drop<Value: Sendable>(_ value: consuming Value) {
    let last = value
    queue.async { withExtendedLifetime(last) {} }
  }
}
