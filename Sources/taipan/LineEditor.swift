// A small line editor for the REPL at a terminal (in the manner of linenoise): raw mode
// through termios while a line is read, cooked mode while Python code runs (so Ctrl-C then
// is SIGINT). Keys: left/right, Home/End, Ctrl-A/E/B/F, Backspace, Delete, Ctrl-D, Ctrl-K/U/W,
// Ctrl-L, up/down and Ctrl-P/N through the history, Tab inserts four spaces. A line longer
// than the terminal scrolls horizontally.

#if canImport(Glibc)
import Glibc
#endif

enum LineResult {
    case line(String)
    case endOfFile
    case interrupt
}

final class LineEditor {
    var history: [String] = []
    let maxHistory = 1000

    private var buffer: [Character] = []
    private var cursor = 0
    private var prompt = ""
    /// Index in `history` while browsing (history.count = the line being edited).
    private var historyIndex = 0
    private var edited = ""

    /// Reads one line showing `prompt`; the line is not added to the history.
    func readLine(prompt: String) -> LineResult {
        var original = termios()
        guard tcgetattr(0, &original) == 0 else { return plainReadLine(prompt: prompt) }
        var raw = original
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(0, TCSADRAIN, &raw) == 0 else { return plainReadLine(prompt: prompt) }
        defer { tcsetattr(0, TCSADRAIN, &original) }
        self.prompt = prompt
        buffer = []
        cursor = 0
        historyIndex = history.count
        edited = ""
        refresh()
        return edit()
    }

    /// Remembers a line for up-arrow recall (not empty ones, nor a repeat of the last).
    func remember(_ line: String) {
        if line.isEmpty || history.last == line { return }
        history.append(line)
        if history.count > maxHistory { history.removeFirst() }
    }

    private func edit() -> LineResult {
        while true {
            guard let byte = readByte() else { return finish(.endOfFile) }
            switch byte {
            case 13, 10:
                return finish(.line(String(buffer)))
            case 3:
                return finish(.interrupt)
            case 4:
                if buffer.isEmpty { return finish(.endOfFile) }
                deleteAtCursor()
            case 127, 8:
                if cursor > 0 {
                    cursor -= 1
                    buffer.remove(at: cursor)
                }
            case 1: cursor = 0
            case 5: cursor = buffer.count
            case 2: cursor = max(cursor - 1, 0)
            case 6: cursor = min(cursor + 1, buffer.count)
            case 11: buffer.removeSubrange(cursor...)
            case 21:
                buffer.removeSubrange(..<cursor)
                cursor = 0
            case 23: deleteWordBefore()
            case 12: write("\u{1B}[H\u{1B}[2J")
            case 16: browse(-1)
            case 14: browse(1)
            case 9:
                buffer.insert(contentsOf: "    ", at: cursor)
                cursor += 4
            case 27: escape()
            default:
                if byte >= 32 { insert(byte) }
            }
            refresh()
        }
    }

    private func finish(_ result: LineResult) -> LineResult {
        cursor = buffer.count
        refresh()
        if case .interrupt = result { write("^C") }
        write("\r\n")
        return result
    }

    /// Arrow keys, Home/End and Delete, as VT100/xterm send them.
    private func escape() {
        guard let first = readByte(), let second = readByte() else { return }
        if first == UInt8(ascii: "[") && second >= UInt8(ascii: "0") && second <= UInt8(ascii: "9") {
            guard let final = readByte(), final == UInt8(ascii: "~") else { return }
            switch second {
            case UInt8(ascii: "1"), UInt8(ascii: "7"): cursor = 0
            case UInt8(ascii: "4"), UInt8(ascii: "8"): cursor = buffer.count
            case UInt8(ascii: "3"): deleteAtCursor()
            default: break
            }
            return
        }
        guard first == UInt8(ascii: "[") || first == UInt8(ascii: "O") else { return }
        switch second {
        case UInt8(ascii: "A"): browse(-1)
        case UInt8(ascii: "B"): browse(1)
        case UInt8(ascii: "C"): cursor = min(cursor + 1, buffer.count)
        case UInt8(ascii: "D"): cursor = max(cursor - 1, 0)
        case UInt8(ascii: "H"): cursor = 0
        case UInt8(ascii: "F"): cursor = buffer.count
        default: break
        }
    }

    private func browse(_ step: Int) {
        let target = historyIndex + step
        guard target >= 0 && target <= history.count else { return }
        if historyIndex == history.count { edited = String(buffer) }
        historyIndex = target
        buffer = Array(target == history.count ? edited : history[target])
        cursor = buffer.count
    }

    private func deleteAtCursor() {
        if cursor < buffer.count { buffer.remove(at: cursor) }
    }

    private func deleteWordBefore() {
        var start = cursor
        while start > 0 && buffer[start - 1] == " " { start -= 1 }
        while start > 0 && buffer[start - 1] != " " { start -= 1 }
        buffer.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Inserts the character starting with `lead`, reading the rest of its UTF-8 sequence.
    private func insert(_ lead: UInt8) {
        var bytes = [lead]
        let extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0
        for _ in 0..<extra {
            guard let b = readByte() else { break }
            bytes.append(b)
        }
        for c in String(decoding: bytes, as: UTF8.self) {
            buffer.insert(c, at: cursor)
            cursor += 1
        }
    }

    /// Redraws the prompt and the visible part of the line, and places the cursor.
    private func refresh() {
        let columns = terminalColumns()
        let promptWidth = prompt.count
        var start = 0
        var visibleCursor = cursor
        while promptWidth + visibleCursor >= columns && start < buffer.count {
            start += 1
            visibleCursor -= 1
        }
        var end = buffer.count
        while promptWidth + (end - start) > columns && end > start { end -= 1 }
        var out = "\r" + prompt + String(buffer[start..<end]) + "\u{1B}[0K\r"
        let column = promptWidth + visibleCursor
        if column > 0 { out += "\u{1B}[\(column)C" }
        write(out)
    }

    private func terminalColumns() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    private func readByte() -> UInt8? {
        var b: UInt8 = 0
        while true {
            let n = read(0, &b, 1)
            if n == 1 { return b }
            if n < 0 && errno == EINTR { continue }
            return nil
        }
    }

    private func write(_ s: String) {
        var s = s
        s.withUTF8 { b in
            var offset = 0
            while offset < b.count {
                let n = Glibc.write(1, b.baseAddress! + offset, b.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
    }
}

/// Reads a line without editing (stdin or stdout not a terminal): the prompt goes to
/// stderr, as python3 does then. Ctrl-C (EINTR from the SIGINT handler) interrupts.
func plainReadLine(prompt: String) -> LineResult {
    writeStderr(prompt)
    fflush(stderr)
    var bytes: [UInt8] = []
    while true {
        let c = getchar()
        if c == EOF {
            if ferror(stdin) != 0 && errno == EINTR {
                clearerr(stdin)
                writeStderr("\n")
                return .interrupt
            }
            return bytes.isEmpty ? .endOfFile : .line(String(decoding: bytes, as: UTF8.self))
        }
        if c == 10 { return .line(String(decoding: bytes, as: UTF8.self)) }
        bytes.append(UInt8(truncatingIfNeeded: c))
    }
}
