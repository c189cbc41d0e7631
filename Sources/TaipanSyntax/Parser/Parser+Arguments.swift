// Call arguments and the parameter lists of `def` and `lambda`.

extension Parser {
    /// A call `fn(...)`; the current token is '('.
    mutating func call(_ fn: Expr, start s: SourceRange) throws(SyntaxError) -> Expr {
        let open = start
        advance()
        if accept(.rpar) {
            return Expr(.Call(func: fn, args: [], keywords: []), finish(s))
        }
        let (args, keywords, last) = try callArguments(genexpOpen: open)
        guard accept(.rpar) else {
            if let last { throw try missingComma(after: last) }
            throw invalidSyntax()
        }
        return Expr(.Call(func: fn, args: args, keywords: keywords), finish(s))
    }

    /// The arguments of a call or of a class definition's bases, up to (not including) ')'.
    /// A generator expression as the sole argument takes its range from the parentheses,
    /// starting at `genexpOpen`.
    /// Also returns the last argument value parsed, for the "forgot a comma?" hint.
    mutating func callArguments(genexpOpen: SourceRange? = nil) throws(SyntaxError) -> ([Expr], [Keyword], Expr?) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var sawDoubleStar = false
        var last: Expr? = nil
        // CPython reports a positional argument after keywords once the whole argument
        // list has been read, at the token that ends it.
        var misplacedPositional: String? = nil
        while kind != .rpar {
            let s = start
            if kind == .star {
                if sawDoubleStar {
                    throw SyntaxError("iterable argument unpacking follows keyword argument unpacking", at: token.range)
                }
                advance()
                let value = try expression()
                last = value
                args.append(Expr(.Starred(value: value, ctx: .Load), finish(s)))
            } else if kind == .doubleStar {
                advance()
                let value = try expression()
                last = value
                keywords.append(Keyword(arg: nil, value: value, range: finish(s)))
                sawDoubleStar = true
            } else if kind == .name && peek(1) == .equal {
                let name = identifier(token)
                p += 2
                let value = try expression()
                last = value
                keywords.append(Keyword(arg: name, value: value, range: finish(s)))
                sawKeyword = true
            } else {
                var value = try namedExpression(checkEquals: false)
                last = value
                if kind == .equal {
                    throw SyntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", at: SourceRange(from: value.range, to: token.range))
                }
                if kind == .kwFor || kind == .kwAsync {
                    let generators = try comprehensionClauses()
                    let sole = args.isEmpty && keywords.isEmpty && kind == .rpar
                    if sole, let open = genexpOpen {
                        let range = SourceRange(from: open, to: token.range)
                        value = Expr(.GeneratorExp(elt: value, generators: generators), range)
                    } else {
                        let range = finish(value.range)
                        throw SyntaxError("Generator expression must be parenthesized", at: range)
                    }
                }
                if misplacedPositional == nil && sawDoubleStar {
                    misplacedPositional = "positional argument follows keyword argument unpacking"
                } else if misplacedPositional == nil && sawKeyword {
                    misplacedPositional = "positional argument follows keyword argument"
                }
                args.append(value)
            }
            if !accept(.comma) { break }
        }
        if let misplacedPositional {
            throw SyntaxError(misplacedPositional, at: token.range)
        }
        return (args, keywords, last)
    }

    /// The parameters of a `def` (up to ')') or a `lambda` (up to ':').
    mutating func parameters(closing: TokenKind, lambda: Bool) throws(SyntaxError) -> Arguments {
        var posonly: [Arg] = []
        var args: [Arg] = []
        var defaults: [Expr] = []
        var vararg: Arg? = nil
        var kwonly: [Arg] = []
        var kwDefaults: [Expr?] = []
        var kwarg: Arg? = nil
        var sawStar = false
        var sawSlash = false

        while kind != closing {
            if kind == .slash {
                let slash = token.range
                advance()
                if sawSlash {
                    throw SyntaxError("/ may appear only once", at: slash)
                }
                if sawStar {
                    throw SyntaxError("/ must be ahead of *", at: slash)
                }
                if args.isEmpty {
                    throw SyntaxError("at least one argument must precede /", at: slash)
                }
                sawSlash = true
                posonly = args
                args = []
            } else if kind == .star {
                let star = token.range
                advance()
                if sawStar {
                    throw SyntaxError("* argument may appear only once", at: star)
                }
                sawStar = true
                if kind == .comma || kind == closing {
                    if kind == closing || peek(1) == closing {
                        throw SyntaxError("named arguments must follow bare *", at: star)
                    }
                } else {
                    vararg = try parameter(lambda: lambda, starAnnotation: true)
                    if kind == .equal {
                        throw SyntaxError("var-positional argument cannot have default value", at: token.range)
                    }
                }
            } else if kind == .doubleStar {
                advance()
                kwarg = try parameter(lambda: lambda, starAnnotation: false)
                if kind == .equal {
                    throw SyntaxError("var-keyword argument cannot have default value", at: token.range)
                }
                _ = accept(.comma)
                if kind != closing {
                    throw SyntaxError("arguments cannot follow var-keyword argument", at: token.range)
                }
                break
            } else {
                let a = try parameter(lambda: lambda, starAnnotation: false)
                var value: Expr? = nil
                if accept(.equal) { value = try expression() }
                if sawStar {
                    kwonly.append(a)
                    kwDefaults.append(value)
                } else {
                    if let value {
                        defaults.append(value)
                    } else if !defaults.isEmpty {
                        throw SyntaxError("non-default argument follows default argument", at: a.range)
                    }
                    args.append(a)
                }
            }
            if !accept(.comma) { break }
        }
        if kind != closing {
            if closing == .colon && kind != .rpar {
                throw invalidSyntax()
            }
            throw invalidSyntax()
        }
        return Arguments(posonlyargs: posonly, args: args, vararg: vararg, kwonlyargs: kwonly,
                         kwDefaults: kwDefaults, kwarg: kwarg, defaults: defaults)
    }

    /// One parameter name with its annotation (`def` only; `*args` may be annotated with a
    /// starred expression since 3.11).
    mutating func parameter(lambda: Bool, starAnnotation: Bool) throws(SyntaxError) -> Arg {
        let s = start
        let name = try expectName()
        var annotation: Expr? = nil
        if !lambda && accept(.colon) {
            annotation = starAnnotation ? try starExpression() : try expression()
        }
        return Arg(arg: name, annotation: annotation, typeComment: nil, range: finish(s))
    }
}
