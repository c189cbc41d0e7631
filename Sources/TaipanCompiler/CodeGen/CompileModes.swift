// The three modes of compile(): 'exec' (a module), 'eval' (one expression, whose value the
// code returns) and 'single' (one interactive statement, whose expression statements are
// shown through sys.displayhook). Also the optimisation level of -O/-OO.

import TaipanSyntax

public enum CompileMode: String {
    case exec, eval, single
}

extension Compiler {
    /// The level of -O/-OO, used when a compile asks for optimize -1 (the interpreter's).
    nonisolated(unsafe) public static var defaultOptimize = 0

    /// Parses `source` with the start symbol of `mode` and compiles it.
    public static func compile(_ source: [UInt8], fileName: String, mode: CompileMode,
                               optimize: Int = -1) throws(SyntaxError) -> CodeUnit {
        let module: Mod
        switch mode {
        case .exec: module = try Parser.parseModule(source)
        case .eval: module = try Parser.parseExpression(source)
        case .single: module = try Parser.parseInteractive(source)
        }
        return try compile(module, fileName: fileName, optimize: optimize)
    }

    public static func compile(_ module: Mod, fileName: String, optimize: Int) throws(SyntaxError) -> CodeUnit {
        let table: SymbolTable
        do {
            table = try SymbolTable.build(module)
        } catch {
            switch error {
            case .syntax(let e): throw e
            case .recursionLimit:
                throw SyntaxError(CompileError.recursionMessage, kind: .recursion, line: 0, column: -1)
            }
        }
        let generator = CodeGenerator(table: table, fileName: fileName)
        generator.optimize = optimize < 0 ? defaultOptimize : optimize
        switch module {
        case .Expression(let body): return try generator.compileExpression(body)
        case .Interactive(let body):
            generator.interactive = true
            return try generator.compileStatements(body)
        default: return try generator.compileModule(module)
        }
    }

    /// True when `source` parses (in 'single' mode) as one compound statement: the REPL
    /// then reads until an empty line.
    public static func isCompoundStatement(_ source: [UInt8]) -> Bool {
        guard case .Interactive(let body)? = try? Parser.parseInteractive(source), let first = body.first else { return false }
        return first.isCompound
    }
}

extension CodeGenerator {
    /// 'eval' mode: the code returns the expression's value.
    func compileExpression(_ body: Expr) throws(SyntaxError) -> CodeUnit {
        enter(table.top, name: "<module>", qualifiedName: "<module>", firstLine: 1)
        unit.currentRange = body.range
        let r = unit.temporary()
        try expression(body, into: r)
        unit.emit(.returnValue, r)
        return leave()
    }

    /// 'single' mode: a module body without a docstring (a string is shown, not kept).
    func compileStatements(_ body: [Stmt]) throws(SyntaxError) -> CodeUnit {
        enter(table.top, name: "<module>", qualifiedName: "<module>", firstLine: 1)
        unit.currentRange = SourceRange(line: 1, column: 0, endLine: 1, endColumn: 0)
        if containsAnnotations(body) { unit.emit(.setupAnnotations) }
        for s in body { try statement(s) }
        let none = unit.temporary()
        unit.emit(.loadConst, none, unit.constant(.value(.none)))
        unit.emit(.returnValue, none)
        return leave()
    }
}
