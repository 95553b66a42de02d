import CNCurses
import WatchfloorCore

/// SCAFFOLD: the watcher helper replaces this with inotify + polling.
public enum CorpusWatcher {}
