// compile() and AST objects: source to node objects (the PyCF_ONLY_AST flag, which
// ast.parse passes) and node objects back to code (CPython's PyAST_obj2mod, then the
// checks of its validator that our code generator relies on, ASTValidator.swift).

import TaipanCompiler
import TaipanSyntax

extension ASTModule {
    /// Parses `source` with the start symbol of `mode` and returns the tree as node objects.
    static func parse(_ source: [UInt8], fileName: String, mode: CompileMode) throws(PyException) -> Value {
        if source.contains(0) {
            // The same error compile() gives for source with null bytes.
            return try Programs.compile(source, fileName: fileName, mode: mode)
        }
        let tree: Mod
        do throws(SyntaxError) {
            switch mode {
            case .exec: tree = try Parser.parseModule(source)
            case .eval: tree = try Parser.parseExpression(source)
            case .single: tree = try Parser.parseInteractive(source)
            }
        } catch {
            throw Programs.syntaxError(error, fileName: fileName, source: source)
        }
        return try ASTToObjects.object(tree)
    }

    /// Compiles a tree of node objects; its root must be the node of `mode`.
    static func compile(_ tree: Value, fileName: String, mode: CompileMode, optimize: Int) throws(PyException) -> Value {
        let expected: String
        switch mode {
        case .exec: expected = "Module"
        case .eval: expected = "Expression"
        case .single: expected = "Interactive"
        }
        guard try ASTFromObjects.isNode(tree, expected) else {
            throw typeError("expected \(expected) node, got \(TypeRef(tree.type).nameString)")
        }
        guard let module = try ASTFromObjects.toMod(tree) else {
            throw typeError("expected \(expected) node, got NoneType")
        }
        try ASTValidator.validate(module)
        do throws(SyntaxError) {
            let unit = try Compiler.compile(module, fileName: fileName, optimize: optimize)
            return CodeRef.create(unit).value
        } catch {
            throw Programs.syntaxError(error, fileName: fileName, source: [])
        }
    }
}
