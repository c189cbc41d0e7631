// The matcher: runs a compiled pattern program at `state.ptr`. CPython's sre recurses
// through an explicit context stack; so does this loop. A sub-match is a "call" that
// pushes the current frame; when the sub-match finishes ("exit"), the caller resumes where
// its frame's `jump` says, with `ret` holding 1 (matched), 0 (failed) or a negative error.
// Loops that call sub-matches repeatedly (alternatives, backtracking repeats) re-enter at
// their loop head, a `SreAct` of its own.
//
// Code layouts are those re/_compiler.py emits; the validator (SreValidate.swift) has
// checked every jump stays inside the program before any run.

enum SreAct {
    case dispatch, call, exit
    case branchHead, repeatOneLiteralHead, repeatOneHead, minRepeatOneHead
    case possessiveMinHead, possessiveHead, maxUntilTail
}

extension SreState {
    static let errorIllegal = -1
    static let errorState = -2

    /// Runs the program from `entry`; 1 when it matched (state.ptr is the end of the match),
    /// 0 when not, negative for a malformed program.
    mutating func run<T: SreText>(_ text: T, _ entry: Int, toplevel: Bool) -> Int {
        let code = self.code
        let end = self.end
        let base = frames.count
        var ctx = SreFrame()
        ctx.toplevel = toplevel
        var pc = entry
        var ptr = self.ptr
        var ret = 0
        var act = SreAct.dispatch
        var callKind = SreJump.none
        var callPC = 0
        var callTop = false

        if code[pc] == SreOp.info {
            let minimum = Int(code[pc + 3])
            if minimum != 0 && end - ptr < minimum { return 0 }
            pc += Int(code[pc + 1]) + 1
        }

        while true {
            switch act {
            case .call:
                ctx.pc = pc
                ctx.ptr = ptr
                frames.append(ctx)
                ctx = SreFrame()
                ctx.toplevel = callTop
                ctx.jump = callKind
                pc = callPC
                ptr = self.ptr
                act = .dispatch

            case .exit:
                if frames.count == base { return ret }
                let jump = ctx.jump
                ctx = frames.removeLast()
                pc = ctx.pc
                ptr = ctx.ptr
                act = .exit
                if ret < 0 { continue }
                switch jump {
                case .none:
                    break
                case .branch:
                    if ret != 0 {
                        if repeatIndex >= 0 { dropMarks(ctx.lastmark) }
                        continue
                    }
                    if repeatIndex >= 0 { popMarks(ctx.lastmark, keep: true) }
                    lastmark = ctx.lastmark
                    lastindex = ctx.lastindex
                    pc += Int(code[pc])
                    act = .branchHead
                case .repeatOne1, .repeatOne2, .minRepeatOne:
                    if ret != 0 {
                        if repeatIndex >= 0 { dropMarks(ctx.lastmark) }
                        continue
                    }
                    if repeatIndex >= 0 { popMarks(ctx.lastmark, keep: true) }
                    lastmark = ctx.lastmark
                    lastindex = ctx.lastindex
                    if jump == .minRepeatOne {
                        self.ptr = ptr
                        let n = count(text, pc + 3, 1)
                        if n < 0 {
                            ret = n
                            continue
                        }
                        if n == 0 {
                            if repeatIndex >= 0 { dropMarks(ctx.lastmark) }
                            ret = 0
                            continue
                        }
                        ptr += 1
                        ctx.count += 1
                        act = .minRepeatOneHead
                    } else {
                        ptr -= 1
                        ctx.count -= 1
                        act = jump == .repeatOne1 ? .repeatOneLiteralHead : .repeatOneHead
                    }
                case .repeatGroup:
                    repeatIndex = repeats[ctx.rep].prev
                    repeats.removeLast(repeats.count - ctx.rep)
                case .maxUntil1, .minUntil1:
                    if ret != 0 { continue }
                    repeats[ctx.rep].count = ctx.count - 1
                    self.ptr = ptr
                case .maxUntil2:
                    repeats[ctx.rep].lastPtr = stack.removeLast()
                    if ret != 0 {
                        dropMarks(ctx.lastmark)
                        continue
                    }
                    popMarks(ctx.lastmark)
                    lastmark = ctx.lastmark
                    lastindex = ctx.lastindex
                    repeats[ctx.rep].count = ctx.count - 1
                    self.ptr = ptr
                    act = .maxUntilTail
                case .maxUntil3:
                    repeatIndex = ctx.rep
                    if ret == 0 { self.ptr = ptr }
                case .minUntil2:
                    let repeatOfTail = repeatIndex
                    repeatIndex = ctx.rep
                    if ret != 0 {
                        if repeatOfTail >= 0 { dropMarks(ctx.lastmark) }
                        continue
                    }
                    if repeatOfTail >= 0 { popMarks(ctx.lastmark) }
                    lastmark = ctx.lastmark
                    lastindex = ctx.lastindex
                    self.ptr = ptr
                    let r = repeats[ctx.rep]
                    let maximum = code[r.pc + 2]
                    if (ctx.count >= Int(maximum) && maximum != SreConstants.maxRepeat) || self.ptr == r.lastPtr {
                        continue
                    }
                    repeats[ctx.rep].count = ctx.count
                    stack.append(r.lastPtr)
                    repeats[ctx.rep].lastPtr = self.ptr
                    (callKind, callPC, callTop) = (.minUntil3, r.pc + 3, ctx.toplevel)
                    act = .call
                case .minUntil3:
                    repeats[ctx.rep].lastPtr = stack.removeLast()
                    if ret != 0 { continue }
                    repeats[ctx.rep].count = ctx.count - 1
                    self.ptr = ptr
                case .possessive1:
                    if ret == 0 {
                        self.ptr = ptr
                        continue
                    }
                    ctx.count += 1
                    act = .possessiveMinHead
                case .possessive2:
                    if ret != 0 {
                        dropMarks(ctx.lastmark)
                        ctx.count += 1
                        act = .possessiveHead
                    } else {
                        popMarks(ctx.lastmark)
                        lastmark = ctx.lastmark
                        lastindex = ctx.lastindex
                        self.ptr = ptr
                        pc += Int(code[pc]) + 1
                        ptr = self.ptr
                        act = .dispatch
                    }
                case .atomicGroup:
                    if ret == 0 {
                        self.ptr = ptr
                        continue
                    }
                    pc += Int(code[pc])
                    ptr = self.ptr
                    act = .dispatch
                case .assert:
                    if ret == 0 { continue }
                    pc += Int(code[pc])
                    act = .dispatch
                case .assertNot:
                    if ret != 0 {
                        if repeatIndex >= 0 { dropMarks(ctx.lastmark) }
                        ret = 0
                        continue
                    }
                    if repeatIndex >= 0 { popMarks(ctx.lastmark) }
                    lastmark = ctx.lastmark
                    lastindex = ctx.lastindex
                    pc += Int(code[pc])
                    act = .dispatch
                }

            case .branchHead:
                // pc: the skip word of the next alternative to try.
                let next = nextAlternative(text, pc, ptr)
                if next < 0 {
                    if repeatIndex >= 0 { dropMarks(ctx.lastmark) }
                    ret = 0
                    act = .exit
                } else {
                    pc = next
                    self.ptr = ptr
                    (callKind, callPC, callTop) = (.branch, pc + 1, ctx.toplevel)
                    act = .call
                }

            case .repeatOneLiteralHead:
                // pc: REPEAT_ONE's skip. Back off to where the tail's literal could match.
                let minimum = Int(code[pc + 1])
                while ctx.count >= minimum && (ptr >= end || text[ptr] != ctx.chr) {
                    ptr -= 1
                    ctx.count -= 1
                }
                if ctx.count < minimum {
                    if repeatIndex >= 0 { dropMarks(ctx.lastmark) }
                    ret = 0
                    act = .exit
                } else {
                    self.ptr = ptr
                    (callKind, callPC, callTop) = (.repeatOne1, pc + Int(code[pc]), ctx.toplevel)
                    act = .call
                }

            case .repeatOneHead:
                if ctx.count < Int(code[pc + 1]) {
                    if repeatIndex >= 0 { dropMarks(ctx.lastmark) }
                    ret = 0
                    act = .exit
                } else {
                    self.ptr = ptr
                    (callKind, callPC, callTop) = (.repeatOne2, pc + Int(code[pc]), ctx.toplevel)
                    act = .call
                }

            case .minRepeatOneHead:
                let maximum = code[pc + 2]
                if maximum == SreConstants.maxRepeat || ctx.count <= Int(maximum) {
                    self.ptr = ptr
                    (callKind, callPC, callTop) = (.minRepeatOne, pc + Int(code[pc]), ctx.toplevel)
                    act = .call
                } else {
                    if repeatIndex >= 0 { dropMarks(ctx.lastmark) }
                    ret = 0
                    act = .exit
                }

            case .possessiveMinHead:
                if ctx.count < Int(code[pc + 1]) {
                    (callKind, callPC, callTop) = (.possessive1, pc + 3, false)
                    act = .call
                } else {
                    ptr = -1
                    act = .possessiveHead
                }

            case .possessiveHead:
                // ptr: where the last item started (-1 before the first).
                let maximum = code[pc + 2]
                if (ctx.count < Int(maximum) || maximum == SreConstants.maxRepeat) && self.ptr != ptr {
                    ctx.lastmark = lastmark
                    ctx.lastindex = lastindex
                    pushMarks(ctx.lastmark)
                    ptr = self.ptr
                    (callKind, callPC, callTop) = (.possessive2, pc + 3, false)
                    act = .call
                } else {
                    pc += Int(code[pc]) + 1
                    ptr = self.ptr
                    act = .dispatch
                }

            case .maxUntilTail:
                // pc: after MAX_UNTIL. No more items here: the tail must match.
                repeatIndex = repeats[ctx.rep].prev
                (callKind, callPC, callTop) = (.maxUntil3, pc, ctx.toplevel)
                act = .call

            case .dispatch:
                act = dispatch(text, &pc, &ptr, &ctx, &ret, &callKind, &callPC, &callTop)
            }
        }
    }

    /// The first alternative from the one at `pc` (its skip word) whose first character
    /// can match at `ptr`; -1 when none is left.
    @inline(__always)
    func nextAlternative<T: SreText>(_ text: T, _ start: Int, _ ptr: Int) -> Int {
        var pc = start
        while code[pc] != 0 {
            let op = code[pc + 1]
            if op == SreOp.literal && (ptr >= end || text[ptr] != code[pc + 2]) {
                pc += Int(code[pc])
                continue
            }
            if op == SreOp.in && (ptr >= end || !SreChars.inCharset(code, pc + 3, text[ptr])) {
                pc += Int(code[pc])
                continue
            }
            return pc
        }
        return -1
    }

    /// How many times the one-character item at `item` matches from state.ptr, at most
    /// `maximum` times (SRE_MAXREPEAT: no limit); negative for an error.
    mutating func count<T: SreText>(_ text: T, _ item: Int, _ maximum: UInt32) -> Int {
        let first = self.ptr
        var end = self.end
        if maximum != SreConstants.maxRepeat && Int(maximum) < end - first { end = first + Int(maximum) }
        var p = first
        let c = code[item + 1]
        switch code[item] {
        case SreOp.in:
            while p < end && SreChars.inCharset(code, item + 2, text[p]) { p += 1 }
        case SreOp.any:
            while p < end && text[p] != 10 { p += 1 }
        case SreOp.anyAll:
            p = end
        case SreOp.literal:
            while p < end && text[p] == c { p += 1 }
        case SreOp.literalIgnore:
            while p < end && SreChars.lowerASCII(text[p]) == c { p += 1 }
        case SreOp.literalUniIgnore:
            while p < end && SreChars.lowerUnicode(text[p]) == c { p += 1 }
        case SreOp.literalLocIgnore:
            while p < end && SreChars.localeIgnoreEquals(c, text[p]) { p += 1 }
        case SreOp.notLiteral:
            while p < end && text[p] != c { p += 1 }
        case SreOp.notLiteralIgnore:
            while p < end && SreChars.lowerASCII(text[p]) != c { p += 1 }
        case SreOp.notLiteralUniIgnore:
            while p < end && SreChars.lowerUnicode(text[p]) != c { p += 1 }
        case SreOp.notLiteralLocIgnore:
            while p < end && !SreChars.localeIgnoreEquals(c, text[p]) { p += 1 }
        case SreOp.inIgnore:
            while p < end && SreChars.inCharset(code, item + 2, SreChars.lowerASCII(text[p])) { p += 1 }
        case SreOp.inUniIgnore:
            while p < end && SreChars.inCharset(code, item + 2, SreChars.lowerUnicode(text[p])) { p += 1 }
        default:
            // Any other single-character item: run it once per character.
            while self.ptr < end {
                let r = run(text, item, toplevel: false)
                if r < 0 { return r }
                if r == 0 { break }
            }
            return self.ptr - first
        }
        return p - first
    }

    /// Whether position `ptr` satisfies the AT code `at`.
    func at<T: SreText>(_ text: T, _ ptr: Int, _ at: UInt32) -> Bool {
        switch at {
        case SreAt.beginning, SreAt.beginningString:
            return ptr == 0
        case SreAt.beginningLine:
            return ptr == 0 || text[ptr - 1] == 10
        case SreAt.end:
            return (end - ptr == 1 && text[ptr] == 10) || ptr == end
        case SreAt.endLine:
            return ptr == end || text[ptr] == 10
        case SreAt.endString:
            return ptr == end
        case SreAt.boundary, SreAt.nonBoundary:
            if end == 0 { return false }
            let before = ptr > 0 && SreChars.isWord(text[ptr - 1])
            let here = ptr < end && SreChars.isWord(text[ptr])
            return (before != here) == (at == SreAt.boundary)
        case SreAt.locBoundary, SreAt.locNonBoundary:
            if end == 0 { return false }
            let before = ptr > 0 && SreChars.isLocaleWord(text[ptr - 1])
            let here = ptr < end && SreChars.isLocaleWord(text[ptr])
            return (before != here) == (at == SreAt.locBoundary)
        case SreAt.uniBoundary, SreAt.uniNonBoundary:
            if end == 0 { return false }
            let before = ptr > 0 && SreChars.isUnicodeWord(text[ptr - 1])
            let here = ptr < end && SreChars.isUnicodeWord(text[ptr])
            return (before != here) == (at == SreAt.uniBoundary)
        default:
            return false
        }
    }
}
