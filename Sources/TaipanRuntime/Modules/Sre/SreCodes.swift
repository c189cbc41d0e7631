// The numbering of the regular-expression program that re/_compiler.py emits: opcodes in
// the order of re/_constants.py's OPCODES list, AT codes of ATCODES, categories of
// CHCODES. _sre.MAGIC must equal _constants.MAGIC (re/_compiler.py asserts it), and a
// change to any of these lists changes MAGIC.

enum SreOp {
    static let failure: UInt32 = 0
    static let success: UInt32 = 1
    static let any: UInt32 = 2
    static let anyAll: UInt32 = 3
    static let assert: UInt32 = 4
    static let assertNot: UInt32 = 5
    static let at: UInt32 = 6
    static let branch: UInt32 = 7
    static let category: UInt32 = 8
    static let charset: UInt32 = 9
    static let bigCharset: UInt32 = 10
    static let groupref: UInt32 = 11
    static let grouprefExists: UInt32 = 12
    static let `in`: UInt32 = 13
    static let info: UInt32 = 14
    static let jump: UInt32 = 15
    static let literal: UInt32 = 16
    static let mark: UInt32 = 17
    static let maxUntil: UInt32 = 18
    static let minUntil: UInt32 = 19
    static let notLiteral: UInt32 = 20
    static let negate: UInt32 = 21
    static let range: UInt32 = 22
    static let `repeat`: UInt32 = 23
    static let repeatOne: UInt32 = 24
    static let subpattern: UInt32 = 25
    static let minRepeatOne: UInt32 = 26
    static let atomicGroup: UInt32 = 27
    static let possessiveRepeat: UInt32 = 28
    static let possessiveRepeatOne: UInt32 = 29
    static let grouprefIgnore: UInt32 = 30
    static let inIgnore: UInt32 = 31
    static let literalIgnore: UInt32 = 32
    static let notLiteralIgnore: UInt32 = 33
    static let grouprefLocIgnore: UInt32 = 34
    static let inLocIgnore: UInt32 = 35
    static let literalLocIgnore: UInt32 = 36
    static let notLiteralLocIgnore: UInt32 = 37
    static let grouprefUniIgnore: UInt32 = 38
    static let inUniIgnore: UInt32 = 39
    static let literalUniIgnore: UInt32 = 40
    static let notLiteralUniIgnore: UInt32 = 41
    static let rangeUniIgnore: UInt32 = 42
}

enum SreAt {
    static let beginning: UInt32 = 0
    static let beginningLine: UInt32 = 1
    static let beginningString: UInt32 = 2
    static let boundary: UInt32 = 3
    static let nonBoundary: UInt32 = 4
    static let end: UInt32 = 5
    static let endLine: UInt32 = 6
    static let endString: UInt32 = 7
    static let locBoundary: UInt32 = 8
    static let locNonBoundary: UInt32 = 9
    static let uniBoundary: UInt32 = 10
    static let uniNonBoundary: UInt32 = 11
}

enum SreCategory {
    static let digit: UInt32 = 0
    static let notDigit: UInt32 = 1
    static let space: UInt32 = 2
    static let notSpace: UInt32 = 3
    static let word: UInt32 = 4
    static let notWord: UInt32 = 5
    static let linebreak: UInt32 = 6
    static let notLinebreak: UInt32 = 7
    static let locWord: UInt32 = 8
    static let locNotWord: UInt32 = 9
    static let uniDigit: UInt32 = 10
    static let uniNotDigit: UInt32 = 11
    static let uniSpace: UInt32 = 12
    static let uniNotSpace: UInt32 = 13
    static let uniWord: UInt32 = 14
    static let uniNotWord: UInt32 = 15
    static let uniLinebreak: UInt32 = 16
    static let uniNotLinebreak: UInt32 = 17
}

enum SreConstants {
    static let magic = 20220615
    static let codeSize = 4
    /// SRE_MAXREPEAT: the largest code word, "no upper bound" in a repeat.
    static let maxRepeat: UInt32 = UInt32.max
    static let maxGroups = Int(Int32.max) / 2
    static let flagIgnoreCase = 2, flagLocale = 4, flagMultiline = 8, flagDotAll = 16
    static let flagUnicode = 32, flagVerbose = 64, flagDebug = 128, flagAscii = 256
    static let infoPrefix: UInt32 = 1, infoLiteral: UInt32 = 2, infoCharset: UInt32 = 4
}
