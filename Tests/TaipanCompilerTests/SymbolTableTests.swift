// The symbol tables through their Swift API: what the code generator reads (parameters,
// cell and free variables in code-object order, scope flags, the scope of each definition)
// and the errors. Expected values are CPython 3.11's (co_varnames, co_cellvars,
// co_freevars, co_flags of the same programs); tools/compare_symtable.py checks the
// tables themselves against CPython over the whole standard library.

import Foundation
import XCTest
import TaipanSyntax
@testable import TaipanCompiler

final class SymbolTableTests: XCTestCase {
    func build(_ source: String) throws -> SymbolTable {
        try SymbolTable.build(try Parser.parseModule(Array(source.utf8)))
    }

    func names(_ table: SymbolTable, _ ids: [NameID]) -> [String] {
        ids.map { table.name($0) }
    }

    /// The compile error of `source`, or nil if it has none.
    func compileError(_ source: String) throws -> CompileError? {
        let module = try Parser.parseModule(Array(source.utf8))
        do {
            _ = try SymbolTable.build(module)
            return nil
        } catch {
            return error
        }
    }

    func testCellAndFreeVariablesInCodeObjectOrder() throws {
        let table = try build("""
            def outer(b, a, *args, k, **kw):
                z = 1
                y = 2
                class C:
                    y = 3
                    def m(self):
                        return super().m(), z, y, a
                def g():
                    nonlocal b
                    b = a + z
                    return [kw for _ in args]
                return C, g

            """)
        let outer = table.top.children[0]
        XCTAssertEqual(names(table, outer.parameters), ["b", "a", "k", "args", "kw"])
        XCTAssertEqual(names(table, outer.cellvars), ["b", "a", "args", "kw", "y", "z"])
        XCTAssertEqual(names(table, outer.freevars), [])
        XCTAssertTrue(outer.hasVarargs && outer.hasVarkeywords && !outer.isNested)

        let c = outer.children[0]
        XCTAssertEqual(c.kind, .class)
        XCTAssertTrue(c.needsClassClosure)
        XCTAssertEqual(names(table, c.cellvars), ["__class__"])
        XCTAssertEqual(names(table, c.freevars), ["a", "y", "z"])
        XCTAssertEqual(c.symbol(table.names.lookup("y")!)?.flags.contains(.freeClass), true)

        let m = c.children[0]
        XCTAssertEqual(names(table, m.freevars), ["__class__", "a", "y", "z"])
        XCTAssertTrue(m.isNested)

        let g = outer.children[1]
        XCTAssertEqual(names(table, g.cellvars), [])
        XCTAssertEqual(names(table, g.freevars), ["a", "args", "b", "kw", "z"])

        let listcomp = g.children[0]
        XCTAssertEqual(listcomp.name, "listcomp")
        XCTAssertEqual(listcomp.comprehension, .list)
        XCTAssertEqual(names(table, listcomp.parameters), [".0"])
        XCTAssertEqual(names(table, listcomp.freevars), ["kw"])
    }

    func testResolvedScopes() throws {
        let table = try build("""
            import os.path
            def f(p):
                global g
                g = p
                def inner():
                    return p, os, len
                return inner

            """)
        let f = table.top.children[0]
        let inner = f.children[0]
        func scope(_ s: Scope, _ name: String) -> NameScope { s.scope(of: table.names.lookup(name)!) }
        XCTAssertEqual(scope(table.top, "os"), .local)
        XCTAssertTrue(table.top.symbol(table.names.lookup("os")!)!.flags.contains(.imported))
        XCTAssertEqual(scope(f, "p"), .cell)
        XCTAssertEqual(scope(f, "g"), .globalExplicit)
        XCTAssertEqual(scope(inner, "p"), .free)
        XCTAssertEqual(scope(inner, "os"), .globalImplicit)
        XCTAssertEqual(scope(inner, "len"), .globalImplicit)
        // CPython's `_symtable` value: USE | FREE << 11.
        XCTAssertEqual(inner.symbol(table.names.lookup("p")!)?.cpythonValue, 16 | 4 << 11)
    }

    func testScopeOfEachDefinition() throws {
        let source = """
            @decorator
            async def f(x=lambda: 0):
                await x
                return (y for y in x)
            class C:
                pass

            """
        let module = try Parser.parseModule(Array(source.utf8))
        let table = try SymbolTable.build(module)
        guard case .Module(let body, _) = module,
              case .AsyncFunctionDef(_, let args, let fbody, _, _, _) = body[0].kind,
              case .Return(let value?) = fbody[1].kind else {
            return XCTFail("unexpected tree")
        }
        let f = try XCTUnwrap(table.scope(for: body[0]))
        XCTAssertEqual(f.name, "f")
        XCTAssertEqual(f.line, 2)
        XCTAssertTrue(f.isCoroutine && !f.isGenerator && f.returnsValue)
        let lambda = try XCTUnwrap(table.scope(for: args.defaults[0]))
        XCTAssertEqual(lambda.name, "lambda")
        XCTAssertTrue(lambda === table.top.children[0], "the default's lambda comes before f")
        let genexpr = try XCTUnwrap(table.scope(for: value))
        XCTAssertEqual(genexpr.comprehension, .generator)
        XCTAssertTrue(genexpr.isGenerator)
        XCTAssertEqual(table.scope(for: body[1])?.kind, .class)
    }

    func testPrivateNamesAreMangled() throws {
        let table = try build("""
            class _Spam:
                __x = 1
                __y__ = 2
                def __m(self, __a):
                    import __mod.sub
                    return __a

            """)
        let c = table.top.children[0]
        XCTAssertNotNil(c.symbol(table.names.lookup("_Spam__x")!))
        XCTAssertNotNil(c.symbol(table.names.lookup("__y__")!))
        XCTAssertNotNil(c.symbol(table.names.lookup("_Spam__m")!))
        XCTAssertEqual(c.children[0].name, "__m")
        XCTAssertEqual(names(table, c.children[0].parameters), ["self", "_Spam__a"])
        XCTAssertNotNil(c.children[0].symbol(table.names.lookup("_Spam__mod")!))
    }

    func testFutureAnnotations() throws {
        let table = try build("""
            from __future__ import annotations
            def f(x: (lambda: 1)) -> int:
                y: list = []

            """)
        XCTAssertTrue(table.future.flags.contains(.annotations))
        XCTAssertEqual(table.future.lastLine, 1)
        let f = table.top.children[0]
        XCTAssertEqual(table.top.children.count, 1, "annotations get no scopes")
        XCTAssertNil(table.names.lookup("int").flatMap { table.top.symbol($0) })
        XCTAssertEqual(f.symbol(table.names.lookup("y")!)?.flags, [.annotated, .assigned])
    }

    func testErrorsCarryCPythonsPositions() throws {
        XCTAssertEqual(try compileError("def f(a, b, a): pass\n"),
                       .syntax(SyntaxError("duplicate argument 'a' in function definition",
                                           line: 1, column: 12, endLine: 1, endColumn: 13)))
        XCTAssertEqual(try compileError("x = 1\nnonlocal y, x\n"),
                       .syntax(SyntaxError("name 'x' is assigned to before nonlocal declaration",
                                           line: 2, column: 0, endLine: 2, endColumn: 13)))
        XCTAssertEqual(try compileError("nonlocal x\n"),
                       .syntax(SyntaxError("nonlocal declaration not allowed at module level",
                                           line: 1, column: 0, endLine: 1, endColumn: 10)))
        XCTAssertEqual(try compileError("def f():\n    x = 1\n    global x\n"),
                       .syntax(SyntaxError("name 'x' is assigned to before global declaration",
                                           line: 3, column: 4, endLine: 3, endColumn: 12)))
        XCTAssertEqual(try compileError("[i := 0 for i in j]\n"),
                       .syntax(SyntaxError("assignment expression cannot rebind comprehension iteration variable 'i'",
                                           line: 1, column: 1, endLine: 1, endColumn: 2)))
        XCTAssertEqual(try compileError("from __future__ import braces\n"),
                       .syntax(SyntaxError("not a chance", line: 1, column: 0)))
        XCTAssertEqual(try compileError("def f():\n    def g():\n        nonlocal f\n"),
                       .syntax(SyntaxError("no binding for nonlocal 'f' found",
                                           line: 3, column: 8, endLine: 3, endColumn: 18)))
        XCTAssertNil(try compileError("def f():\n    def g():\n        nonlocal g\n"))
    }

    func testRecursionLimit() throws {
        // CPython's symtable pass gives up past 3000 nested statements and expressions.
        // That deep a tree needs more than the 8 MB stack of the test thread in a debug
        // build (taipan itself runs on a 1 GiB one).
        let deep = { (n: Int) in "x = " + Array(repeating: "1", count: n).joined(separator: "+") + "\n" }
        var results: [CompileError?] = []
        let done = expectation(description: "deep trees")
        let thread = Thread {
            results = [try? self.compileError(deep(2999)), try? self.compileError(deep(3000))]
            done.fulfill()
        }
        thread.stackSize = 256 << 20
        thread.start()
        wait(for: [done], timeout: 60)
        XCTAssertEqual(results.count, 2)
        XCTAssertEqual(results.first ?? nil, nil)
        XCTAssertEqual(results.last ?? nil, .recursionLimit)
    }
}
