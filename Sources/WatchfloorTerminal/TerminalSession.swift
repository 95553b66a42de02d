import CNCurses
import WatchfloorUI

/// SCAFFOLD: the terminal helper replaces this with the ncurses adapter.
public enum TerminalSession {}
