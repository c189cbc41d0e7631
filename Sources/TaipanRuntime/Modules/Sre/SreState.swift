// The state of one regular-expression run over a text: the bounds, the capture marks and
// the explicit stacks that replace native recursion (so a pattern such as `(a|b)*` on a
// long text uses heap memory, never the Swift stack). None of it holds Python values.
//
// Positions are indices into the text (0 is its beginning, whatever `pos` says); a mark of
// -1 is a group boundary not reached.

#if canImport(Glibc)
import Glibc
#endif

/// Code point access to a text at one fixed width; the engine is specialised for each.
protocol SreText {
    subscript(i: Int) -> UInt32 { get }
    /// The first position in from..<to holding `c`, or `to`.
    func find(_ c: UInt32, _ from: Int, _ to: Int) -> Int
}

extension SreText {
    @inline(__always) func find(_ c: UInt32, _ from: Int, _ to: Int) -> Int {
        var p = from
        while p < to && self[p] != c { p += 1 }
        return p
    }
}

struct SreText1: SreText {
    let base: UnsafePointer<UInt8>
    @inline(__always) subscript(i: Int) -> UInt32 { UInt32(base[i]) }

    /// memchr: the literal-prefix scan of a search over bytes or a 1-byte str.
    @inline(__always) func find(_ c: UInt32, _ from: Int, _ to: Int) -> Int {
        if c > 255 || from >= to { return to }
        guard let hit = memchr(base + from, Int32(c), to - from) else { return to }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
}

struct SreText2: SreText {
    let base: UnsafePointer<UInt16>
    @inline(__always) subscript(i: Int) -> UInt32 { UInt32(base[i]) }
}

struct SreText4: SreText {
    let base: UnsafePointer<UInt32>
    @inline(__always) subscript(i: Int) -> UInt32 { base[i] }
}

/// A repeat in progress (REPEAT … MAX_UNTIL/MIN_UNTIL): how many items matched so far, the
/// REPEAT's operands, the enclosing repeat, and where the last item started (an empty
/// item at the same place ends the repetition).
struct SreRepeat {
    var count: Int
    var pc: Int
    var prev: Int
    var lastPtr: Int
}

/// Where a finished sub-match resumes its caller (CPython's JUMP_* codes).
enum SreJump: UInt8 {
    case none, maxUntil1, maxUntil2, maxUntil3, minUntil1, minUntil2, minUntil3
    case repeatGroup, repeatOne1, repeatOne2, minRepeatOne, branch, assert, assertNot
    case possessive1, possessive2, atomicGroup
}

/// One level of the emulated recursion.
struct SreFrame {
    /// The caller's code position and text position, saved across a sub-match.
    var pc: Int = 0
    var ptr: Int = 0
    var count: Int = 0
    var rep: Int = -1
    var chr: UInt32 = 0
    var lastmark: Int = -1
    var lastindex: Int = -1
    var toplevel: Bool = false
    var jump: SreJump = .none
}

struct SreState {
    var code: UnsafePointer<UInt32>
    /// Where the current attempt starts, where the text ends (endpos), the current position.
    var start: Int
    var end: Int
    var ptr: Int
    /// pos and endpos as given, clamped to the text.
    var pos: Int
    var endpos: Int
    var marks: [Int]
    var lastmark = -1
    var lastindex = -1
    var repeatIndex = -1
    var repeats: [SreRepeat] = []
    /// Saved marks and repeat positions (CPython's data stack).
    var stack: [Int] = []
    var frames: [SreFrame] = []
    /// fullmatch: SUCCESS only at the end. mustAdvance: no empty match at `start` (the
    /// match after an empty match in findall, sub, split and the scanners).
    var matchAll = false
    var mustAdvance = false

    init(code: UnsafePointer<UInt32>, groups: Int, length: Int, pos: Int, endpos: Int) {
        self.code = code
        let p = Swift.min(Swift.max(pos, 0), length)
        let e = Swift.min(Swift.max(endpos, 0), length)
        self.pos = p
        self.endpos = e
        start = p
        end = e
        ptr = p
        marks = [Int](repeating: -1, count: 2 * groups + 2)
    }

    /// A state for a run, reusing the arrays of the last one given back with `recycle`
    /// (a match call then allocates nothing on the Swift side).
    static func make(code: UnsafePointer<UInt32>, groups: Int, length: Int, pos: Int, endpos: Int) -> SreState {
        guard var st = spare.take() else {
            return SreState(code: code, groups: groups, length: length, pos: pos, endpos: endpos)
        }
        st.code = code
        st.pos = Swift.min(Swift.max(pos, 0), length)
        st.endpos = Swift.min(Swift.max(endpos, 0), length)
        st.start = st.pos
        st.end = st.endpos
        st.ptr = st.pos
        st.marks.removeAll(keepingCapacity: true)
        st.marks.append(contentsOf: repeatElement(-1, count: 2 * groups + 2))
        st.matchAll = false
        st.mustAdvance = false
        st.reset()
        return st
    }

    static var spare: SreState? = nil

    /// Gives the arrays back for the next run.
    func recycle() {
        SreState.spare = self
    }

    /// Forgets the captures of a failed or finished attempt (CPython's state_reset).
    mutating func reset() {
        lastmark = -1
        lastindex = -1
        repeatIndex = -1
        repeats.removeAll(keepingCapacity: true)
        stack.removeAll(keepingCapacity: true)
        frames.removeAll(keepingCapacity: true)
    }

    @inline(__always) mutating func resetCaptures() {
        lastmark = -1
        lastindex = -1
    }

    @inline(__always) mutating func pushMarks(_ lastmark: Int) {
        if lastmark < 0 { return }
        for i in 0...lastmark { stack.append(marks[i]) }
    }

    @inline(__always) mutating func popMarks(_ lastmark: Int, keep: Bool = false) {
        if lastmark < 0 { return }
        let base = stack.count - (lastmark + 1)
        for i in 0...lastmark { marks[i] = stack[base + i] }
        if !keep { stack.removeLast(lastmark + 1) }
    }

    @inline(__always) mutating func dropMarks(_ lastmark: Int) {
        if lastmark >= 0 { stack.removeLast(lastmark + 1) }
    }

    /// The span of group `index` (1-based) found by the last successful run, or nil.
    func span(_ index: Int) -> (Int, Int)? {
        let j = 2 * (index - 1)
        if j + 1 > lastmark || marks[j] < 0 || marks[j + 1] < 0 { return nil }
        return (marks[j], marks[j + 1])
    }
}
