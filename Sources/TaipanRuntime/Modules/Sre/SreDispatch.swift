// The engine's straight-line part: executes operations from `pc` at text position `ptr`
// until one needs a sub-match (returns .call with callKind/callPC/callTop set), enters a
// loop head, or finishes (returns .exit with `ret` set). See SreEngine.swift.

extension SreState {
    @inline(__always)
    mutating func dispatch<T: SreText>(_ text: T, _ pc: inout Int, _ ptr: inout Int, _ ctx: inout SreFrame,
                                       _ ret: inout Int, _ callKind: inout SreJump, _ callPC: inout Int,
                                       _ callTop: inout Bool) -> SreAct {
        let code = self.code
        let end = self.end
        while true {
            let op = code[pc]
            pc += 1
            switch op {
            case SreOp.mark:
                let i = Int(code[pc])
                if i & 1 != 0 { lastindex = i / 2 + 1 }
                if i > lastmark {
                    var j = lastmark + 1
                    while j < i {
                        marks[j] = -1
                        j += 1
                    }
                    lastmark = i
                }
                marks[i] = ptr
                pc += 1

            case SreOp.literal:
                if ptr >= end || text[ptr] != code[pc] { return fail(&ret) }
                pc += 1
                ptr += 1
            case SreOp.notLiteral:
                if ptr >= end || text[ptr] == code[pc] { return fail(&ret) }
                pc += 1
                ptr += 1
            case SreOp.literalIgnore:
                if ptr >= end || SreChars.lowerASCII(text[ptr]) != code[pc] { return fail(&ret) }
                pc += 1
                ptr += 1
            case SreOp.notLiteralIgnore:
                if ptr >= end || SreChars.lowerASCII(text[ptr]) == code[pc] { return fail(&ret) }
                pc += 1
                ptr += 1
            case SreOp.literalUniIgnore:
                if ptr >= end || SreChars.lowerUnicode(text[ptr]) != code[pc] { return fail(&ret) }
                pc += 1
                ptr += 1
            case SreOp.notLiteralUniIgnore:
                if ptr >= end || SreChars.lowerUnicode(text[ptr]) == code[pc] { return fail(&ret) }
                pc += 1
                ptr += 1
            case SreOp.literalLocIgnore:
                if ptr >= end || !SreChars.localeIgnoreEquals(code[pc], text[ptr]) { return fail(&ret) }
                pc += 1
                ptr += 1
            case SreOp.notLiteralLocIgnore:
                if ptr >= end || SreChars.localeIgnoreEquals(code[pc], text[ptr]) { return fail(&ret) }
                pc += 1
                ptr += 1

            case SreOp.success:
                if ctx.toplevel && ((matchAll && ptr != self.end) || (mustAdvance && ptr == start)) {
                    return fail(&ret)
                }
                self.ptr = ptr
                ret = 1
                return .exit

            case SreOp.at:
                if !at(text, ptr, code[pc]) { return fail(&ret) }
                pc += 1
            case SreOp.category:
                if ptr >= end || !SreChars.category(code[pc], text[ptr]) { return fail(&ret) }
                pc += 1
                ptr += 1
            case SreOp.any:
                if ptr >= end || text[ptr] == 10 { return fail(&ret) }
                ptr += 1
            case SreOp.anyAll:
                if ptr >= end { return fail(&ret) }
                ptr += 1

            case SreOp.in:
                if ptr >= end || !SreChars.inCharset(code, pc + 1, text[ptr]) { return fail(&ret) }
                pc += Int(code[pc])
                ptr += 1
            case SreOp.inIgnore:
                if ptr >= end || !SreChars.inCharset(code, pc + 1, SreChars.lowerASCII(text[ptr])) { return fail(&ret) }
                pc += Int(code[pc])
                ptr += 1
            case SreOp.inUniIgnore:
                if ptr >= end || !SreChars.inCharset(code, pc + 1, SreChars.lowerUnicode(text[ptr])) { return fail(&ret) }
                pc += Int(code[pc])
                ptr += 1
            case SreOp.inLocIgnore:
                if ptr >= end { return fail(&ret) }
                let c = text[ptr]
                let lower = SreChars.lowerLocale(c)
                if !SreChars.inCharset(code, pc + 1, lower) {
                    let upper = SreChars.upperLocale(c)
                    if upper == lower || !SreChars.inCharset(code, pc + 1, upper) { return fail(&ret) }
                }
                pc += Int(code[pc])
                ptr += 1

            case SreOp.jump, SreOp.info:
                pc += Int(code[pc])

            case SreOp.branch:
                ctx.lastmark = lastmark
                ctx.lastindex = lastindex
                if repeatIndex >= 0 { pushMarks(ctx.lastmark) }
                return .branchHead

            case SreOp.repeatOne, SreOp.possessiveRepeatOne:
                // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
                if Int(code[pc + 1]) > end - ptr { return fail(&ret) }
                self.ptr = ptr
                let n = count(text, pc + 3, code[pc + 2])
                if n < 0 {
                    ret = n
                    return .exit
                }
                ctx.count = n
                ptr += n
                if n < Int(code[pc + 1]) { return fail(&ret) }
                let tail = pc + Int(code[pc])
                if code[tail] == SreOp.success && ptr == self.end && !(ctx.toplevel && mustAdvance && ptr == start) {
                    self.ptr = ptr
                    ret = 1
                    return .exit
                }
                if op == SreOp.possessiveRepeatOne {
                    pc = tail
                    continue
                }
                ctx.lastmark = lastmark
                ctx.lastindex = lastindex
                if repeatIndex >= 0 { pushMarks(ctx.lastmark) }
                if code[tail] == SreOp.literal {
                    ctx.chr = code[tail + 1]
                    return .repeatOneLiteralHead
                }
                return .repeatOneHead

            case SreOp.minRepeatOne:
                // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
                let minimum = Int(code[pc + 1])
                if minimum > end - ptr { return fail(&ret) }
                self.ptr = ptr
                if minimum == 0 {
                    ctx.count = 0
                } else {
                    let n = count(text, pc + 3, code[pc + 1])
                    if n < 0 {
                        ret = n
                        return .exit
                    }
                    if n < minimum { return fail(&ret) }
                    ctx.count = n
                    ptr += n
                }
                let tail = pc + Int(code[pc])
                if code[tail] == SreOp.success
                    && !(ctx.toplevel && ((matchAll && ptr != self.end) || (mustAdvance && ptr == start))) {
                    self.ptr = ptr
                    ret = 1
                    return .exit
                }
                ctx.lastmark = lastmark
                ctx.lastindex = lastindex
                if repeatIndex >= 0 { pushMarks(ctx.lastmark) }
                return .minRepeatOneHead

            case SreOp.repeat:
                // <REPEAT> <skip> <min> <max> item <MAX_UNTIL or MIN_UNTIL> tail
                repeats.append(SreRepeat(count: -1, pc: pc, prev: repeatIndex, lastPtr: -1))
                ctx.rep = repeats.count - 1
                repeatIndex = ctx.rep
                self.ptr = ptr
                (callKind, callPC, callTop) = (.repeatGroup, pc + Int(code[pc]), ctx.toplevel)
                return .call

            case SreOp.maxUntil, SreOp.minUntil:
                let r = repeatIndex
                if r < 0 {
                    ret = SreState.errorState
                    return .exit
                }
                self.ptr = ptr
                ctx.rep = r
                ctx.count = repeats[r].count + 1
                let body = repeats[r].pc
                if ctx.count < Int(code[body + 1]) {
                    repeats[r].count = ctx.count
                    (callKind, callPC, callTop) = (op == SreOp.maxUntil ? .maxUntil1 : .minUntil1, body + 3, ctx.toplevel)
                    return .call
                }
                if op == SreOp.minUntil {
                    // Lazy: try the tail first.
                    repeatIndex = repeats[r].prev
                    ctx.lastmark = lastmark
                    ctx.lastindex = lastindex
                    if repeatIndex >= 0 { pushMarks(ctx.lastmark) }
                    (callKind, callPC, callTop) = (.minUntil2, pc, ctx.toplevel)
                    return .call
                }
                let maximum = code[body + 2]
                if (ctx.count < Int(maximum) || maximum == SreConstants.maxRepeat) && self.ptr != repeats[r].lastPtr {
                    repeats[r].count = ctx.count
                    ctx.lastmark = lastmark
                    ctx.lastindex = lastindex
                    pushMarks(ctx.lastmark)
                    stack.append(repeats[r].lastPtr)
                    repeats[r].lastPtr = self.ptr
                    (callKind, callPC, callTop) = (.maxUntil2, body + 3, ctx.toplevel)
                    return .call
                }
                return .maxUntilTail

            case SreOp.possessiveRepeat:
                // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
                self.ptr = ptr
                ctx.count = 0
                return .possessiveMinHead

            case SreOp.atomicGroup:
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                self.ptr = ptr
                (callKind, callPC, callTop) = (.atomicGroup, pc + 1, false)
                return .call

            case SreOp.groupref, SreOp.grouprefIgnore, SreOp.grouprefUniIgnore, SreOp.grouprefLocIgnore:
                let g = Int(code[pc]) * 2
                if g >= lastmark { return fail(&ret) }
                let first = marks[g], last = marks[g + 1]
                if first < 0 || last < 0 || last < first { return fail(&ret) }
                var k = first
                while k < last {
                    if ptr >= end { return fail(&ret) }
                    let a = text[ptr], b = text[k]
                    let same: Bool
                    switch op {
                    case SreOp.groupref: same = a == b
                    case SreOp.grouprefIgnore: same = SreChars.lowerASCII(a) == SreChars.lowerASCII(b)
                    case SreOp.grouprefUniIgnore: same = SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b)
                    default: same = SreChars.lowerLocale(a) == SreChars.lowerLocale(b)
                    }
                    if !same { return fail(&ret) }
                    k += 1
                    ptr += 1
                }
                pc += 1

            case SreOp.grouprefExists:
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
                let g = Int(code[pc]) * 2
                if g >= lastmark || marks[g] < 0 || marks[g + 1] < 0 || marks[g + 1] < marks[g] {
                    pc += Int(code[pc + 1])
                } else {
                    pc += 2
                }

            case SreOp.assert:
                // <ASSERT> <skip> <back> pattern
                let back = Int(code[pc + 1])
                if ptr < back { return fail(&ret) }
                self.ptr = ptr - back
                (callKind, callPC, callTop) = (.assert, pc + 2, false)
                return .call

            case SreOp.assertNot:
                let back = Int(code[pc + 1])
                if ptr >= back {
                    self.ptr = ptr - back
                    ctx.lastmark = lastmark
                    ctx.lastindex = lastindex
                    if repeatIndex >= 0 { pushMarks(ctx.lastmark) }
                    (callKind, callPC, callTop) = (.assertNot, pc + 2, false)
                    return .call
                }
                pc += Int(code[pc])

            case SreOp.failure:
                return fail(&ret)

            default:
                ret = SreState.errorIllegal
                return .exit
            }
        }
    }

    @inline(__always) func fail(_ ret: inout Int) -> SreAct {
        ret = 0
        return .exit
    }
}
