// Tokens as the parser sees them. Keywords get their own kinds at tokenization time so the
// parser compares one byte; soft keywords (`match`, `case`, `_`) stay names and are
// recognised by text where the grammar allows them.

public enum TokenKind: UInt8 {
    case endMarker, name, number, string, newline, indent, dedent
    // Keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass,
         kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom,
         kwGlobal, kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass,
         kwRaise, kwReturn, kwTry, kwWhile, kwWith, kwYield
    // Operators and delimiters.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace, colon, comma, semi, plus, minus, star, slash,
         vbar, amper, less, greater, equal, dot, percent, equalEqual, notEqual, lessEqual,
         greaterEqual, tilde, circumflex, leftShift, rightShift, doubleStar, plusEqual,
         minusEqual, starEqual, slashEqual, percentEqual, amperEqual, vbarEqual,
         circumflexEqual, leftShiftEqual, rightShiftEqual, doubleStarEqual, doubleSlash,
         doubleSlashEqual, at, atEqual, rarrow, ellipsis, colonEqual, exclamation,
         /// A character that starts no token ('$', '?'); the parser reports it.
         errorToken

    static let keywords: [String: TokenKind] = [
        "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
        "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak,
        "class": .kwClass, "continue": .kwContinue, "def": .kwDef, "del": .kwDel,
        "elif": .kwElif, "else": .kwElse, "except": .kwExcept, "finally": .kwFinally,
        "for": .kwFor, "from": .kwFrom, "global": .kwGlobal, "if": .kwIf, "import": .kwImport,
        "in": .kwIn, "is": .kwIs, "lambda": .kwLambda, "nonlocal": .kwNonlocal, "not": .kwNot,
        "or": .kwOr, "pass": .kwPass, "raise": .kwRaise, "return": .kwReturn, "try": .kwTry,
        "while": .kwWhile, "with": .kwWith, "yield": .kwYield,
    ]

    var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue && rawValue <= TokenKind.kwYield.rawValue }

    /// The augmented-assignment operator this token spells, if any.
    var augmentedOperator: Operator? {
        switch self {
        case .plusEqual: return .Add
        case .minusEqual: return .Sub
        case .starEqual: return .Mult
        case .atEqual: return .MatMult
        case .slashEqual: return .Div
        case .percentEqual: return .Mod
        case .amperEqual: return .BitAnd
        case .vbarEqual: return .BitOr
        case .circumflexEqual: return .BitXor
        case .leftShiftEqual: return .LShift
        case .rightShiftEqual: return .RShift
        case .doubleStarEqual: return .Pow
        case .doubleSlashEqual: return .FloorDiv
        default: return nil
        }
    }
}

public struct Token {
    public var kind: TokenKind
    /// Byte offsets of the token's text in the (UTF-8, newline-normalised) source.
    public var start: Int32
    public var end: Int32
    public var range: SourceRange
}
