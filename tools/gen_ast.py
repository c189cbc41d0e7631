#!/usr/bin/env python3
"""Generate Sources/TaipanSyntax/AST/AST.swift and ASTDump.swift from the node spec below.

The spec lists Python 3.11's `ast` node types in ASDL notation: `T*` is a list, `T?` an
optional, `attributes (...)` marks the types that carry source positions. The generator
emits Swift types whose shape follows the spec (enum cases named exactly as Python's node
classes) and a dumper whose output equals `ast.dump()`. Files are rewritten only when their
content changes, so an unchanged spec does not trigger a rebuild.

The `_ast` module's classes and converters (Sources/TaipanRuntime/Modules/AST) come from the
same spec, through tools/gen_ast_runtime.py.

Run: python3 tools/gen_ast.py
"""
import os
import re
import sys

SPEC = r"""
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)

stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
     | Return(expr? value)
     | Delete(expr* targets)
     | Assign(expr* targets, expr value, string? type_comment)
     | AugAssign(expr target, operator op, expr value)
     | AnnAssign(expr target, expr annotation, expr? value, int simple)
     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | While(expr test, stmt* body, stmt* orelse)
     | If(expr test, stmt* body, stmt* orelse)
     | With(withitem* items, stmt* body, string? type_comment)
     | AsyncWith(withitem* items, stmt* body, string? type_comment)
     | Match(expr subject, match_case* cases)
     | Raise(expr? exc, expr? cause)
     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | Assert(expr test, expr? msg)
     | Import(alias* names)
     | ImportFrom(identifier? module, alias* names, int? level)
     | Global(identifier* names)
     | Nonlocal(identifier* names)
     | Expr(expr value)
     | Pass
     | Break
     | Continue
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

expr = BoolOp(boolop op, expr* values)
     | NamedExpr(expr target, expr value)
     | BinOp(expr left, operator op, expr right)
     | UnaryOp(unaryop op, expr operand)
     | Lambda(arguments args, expr body)
     | IfExp(expr test, expr body, expr orelse)
     | Dict(expr?* keys, expr* values)
     | Set(expr* elts)
     | ListComp(expr elt, comprehension* generators)
     | SetComp(expr elt, comprehension* generators)
     | DictComp(expr key, expr value, comprehension* generators)
     | GeneratorExp(expr elt, comprehension* generators)
     | Await(expr value)
     | Yield(expr? value)
     | YieldFrom(expr value)
     | Compare(expr left, cmpop* ops, expr* comparators)
     | Call(expr func, expr* args, keyword* keywords)
     | FormattedValue(expr value, int conversion, expr? format_spec)
     | JoinedStr(expr* values)
     | Constant(constant value, string? kind)
     | Attribute(expr value, identifier attr, expr_context ctx)
     | Subscript(expr value, expr slice, expr_context ctx)
     | Starred(expr value, expr_context ctx)
     | Name(identifier id, expr_context ctx)
     | List(expr* elts, expr_context ctx)
     | Tuple(expr* elts, expr_context ctx)
     | Slice(expr? lower, expr? upper, expr? step)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

expr_context = Load | Store | Del

boolop = And | Or

operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv

unaryop = Invert | Not | UAdd | USub

cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn

comprehension = (expr target, expr iter, expr* ifs, int is_async)

excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr?* kw_defaults, arg? kwarg, expr* defaults)

arg = (identifier arg, expr? annotation, string? type_comment)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

keyword = (identifier? arg, expr value)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

alias = (identifier name, identifier? asname)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

withitem = (expr context_expr, expr? optional_vars)

match_case = (pattern pattern, expr? guard, stmt* body)

pattern = MatchValue(expr value)
     | MatchSingleton(constant value)
     | MatchSequence(pattern* patterns)
     | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
     | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
     | MatchStar(identifier? name)
     | MatchAs(pattern? pattern, identifier? name)
     | MatchOr(pattern* patterns)
     attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)

type_ignore = TypeIgnore(int lineno, string tag)
"""

# ASDL type name -> Swift type name.
SWIFT_TYPES = {
    "identifier": "String", "string": "String", "int": "Int", "constant": "ConstantValue",
    "mod": "Mod", "stmt": "Stmt", "expr": "Expr", "expr_context": "ExprContext",
    "boolop": "BoolOp", "operator": "Operator", "unaryop": "UnaryOp", "cmpop": "CmpOp",
    "comprehension": "Comprehension", "excepthandler": "ExceptHandler",
    "arguments": "Arguments", "arg": "Arg", "keyword": "Keyword", "alias": "Alias",
    "withitem": "WithItem", "match_case": "MatchCase", "pattern": "Pattern",
    "type_ignore": "TypeIgnore",
}


SWIFT_KEYWORDS = {"func", "guard", "in", "is", "as", "return", "if", "else", "for", "while",
                  "class", "import", "default", "case", "switch", "repeat", "where"}


def camel(name):
    """The Swift spelling of a field name: camel-cased, back-ticked if it is a keyword."""
    head, *rest = name.split("_")
    name = head + "".join(p.capitalize() for p in rest)
    return "`%s`" % name if name in SWIFT_KEYWORDS else name


def parse_fields(text):
    fields = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        typ, name = part.split()
        fields.append((typ, name))
    return fields


def parse_spec(spec):
    """Returns [(name, kind, payload, has_attributes)], kind in sum/simple/product."""
    defs = []
    for block in re.split(r"\n\s*\n", spec.strip()):
        block = " ".join(block.split())
        name, body = [s.strip() for s in block.split("=", 1)]
        attributes = "attributes" in body
        body = body.split("attributes")[0].strip()
        if body.startswith("("):
            defs.append((name, "product", parse_fields(body[1:-1]), attributes))
            continue
        ctors = []
        for alt in body.split("|"):
            alt = alt.strip()
            m = re.match(r"(\w+)(?:\((.*)\))?$", alt)
            ctors.append((m.group(1), parse_fields(m.group(2) or "")))
        simple = all(not f for _, f in ctors) and not attributes
        defs.append((name, "simple" if simple else "sum", ctors, attributes))
    return defs


def swift_type(typ):
    """ASDL `expr?*` (a list whose items may be None) → [Expr?]."""
    if typ.endswith("?*"):
        return "[%s?]" % SWIFT_TYPES[typ[:-2]]
    if typ.endswith("*"):
        return "[%s]" % SWIFT_TYPES[typ[:-1]]
    if typ.endswith("?"):
        return SWIFT_TYPES[typ[:-1]] + "?"
    return SWIFT_TYPES[typ]


def dump_call(typ, pyname, value):
    """The dumper call for one field; `identifier` and `string` dump as Python str repr."""
    base = typ.rstrip("*?")
    if base in ("identifier", "string") and typ.endswith("?"):
        return 'd.optionalField("%s", %s.map(PyIdentifier.init))' % (pyname, value)
    if typ.endswith("?") and not typ.endswith("?*"):
        return 'd.optionalField("%s", %s)' % (pyname, value)
    if base in ("identifier", "string"):
        if typ.endswith("*"):
            return 'd.field("%s", %s.map(PyIdentifier.init))' % (pyname, value)
        return 'd.field("%s", PyIdentifier(%s))' % (pyname, value)
    return 'd.field("%s", %s)' % (pyname, value)


HEADER = """// This file is generated by tools/gen_ast.py from its node spec. Do not edit!
// swift-format-ignore-file
"""


def gen_ast(defs):
    out = [HEADER, """
// The abstract syntax tree, node for node and field for field as CPython 3.11's `ast` module.
// Node kinds are enum cases named exactly as Python's node classes; fields are camel-cased.
// Nodes that carry positions hold a `SourceRange` (UTF-8 byte columns, as CPython).
"""]
    for name, kind, payload, attributes in defs:
        sname = SWIFT_TYPES[name]
        if kind == "simple":
            out.append("public enum %s: String {" % sname)
            out.append("    case " + ", ".join(c for c, _ in payload))
            out.append("}\n")
        elif kind == "sum" and name == "mod":
            out.append("public enum %s {" % sname)
            for ctor, fields in payload:
                args = ", ".join("%s: %s" % (camel(f), swift_type(t)) for t, f in fields)
                out.append("    case %s(%s)" % (ctor, args))
            out.append("}\n")
        elif kind == "sum" and len(payload) > 1:
            out.append("public final class %s {" % sname)
            out.append("    public var kind: Kind")
            out.append("    public var range: SourceRange\n")
            out.append("    @inlinable public init(_ kind: Kind, _ range: SourceRange) {")
            out.append("        self.kind = kind")
            out.append("        self.range = range")
            out.append("    }\n")
            out.append("    public enum Kind {")
            for ctor, fields in payload:
                if fields:
                    args = ", ".join("%s: %s" % (camel(f), swift_type(t)) for t, f in fields)
                    out.append("        case %s(%s)" % (ctor, args))
                else:
                    out.append("        case %s" % ctor)
            out.append("    }")
            out.append("}\n")
        else:
            # A product type, or a sum type with a single constructor (ExceptHandler,
            # TypeIgnore): a class with stored fields.
            fields = payload if kind == "product" else payload[0][1]
            out.append("public final class %s {" % sname)
            for t, f in fields:
                out.append("    public var %s: %s" % (camel(f), swift_type(t)))
            if attributes:
                out.append("    public var range: SourceRange")
            params = ["%s: %s" % (camel(f), swift_type(t)) for t, f in fields]
            if attributes:
                params.append("range: SourceRange")
            out.append("\n    public init(%s) {" % ", ".join(params))
            for t, f in fields:
                out.append("        self.%s = %s" % (camel(f), camel(f)))
            if attributes:
                out.append("        self.range = range")
            out.append("    }")
            out.append("}\n")
    return "\n".join(out)


def gen_dump(defs):
    out = [HEADER, """
// `ast.dump(node)` and `ast.dump(node, include_attributes=True)`, exactly as CPython 3.11
// prints them. The shared formatting lives in ASTDumper.swift.
"""]
    for name, kind, payload, attributes in defs:
        sname = SWIFT_TYPES[name]
        out.append("extension %s: ASTDumpable {" % sname)
        out.append("    func dump(_ d: inout ASTDumper) {")
        if kind == "simple":
            out.append("        d.leaf(rawValue)")
        elif kind == "sum" and (name == "mod" or len(payload) > 1):
            subject = "self" if name == "mod" else "kind"
            out.append("        switch %s {" % subject)
            for ctor, fields in payload:
                if fields:
                    binds = ", ".join("let %s" % camel(f) for _, f in fields)
                    out.append("        case .%s(%s):" % (ctor, binds))
                else:
                    out.append("        case .%s:" % ctor)
                out.append('            d.open("%s")' % ctor)
                for t, f in fields:
                    out.append("            " + dump_call(t, f, camel(f)))
            out.append("        }")
            out.append("        d.close(%s)" % ("range" if attributes else "nil"))
        else:
            fields = payload if kind == "product" else payload[0][1]
            ctor = name if kind == "product" else payload[0][0]
            out.append('        d.open("%s")' % ctor)
            for t, f in fields:
                out.append("        " + dump_call(t, f, camel(f)))
            out.append("        d.close(%s)" % ("range" if attributes else "nil"))
        out.append("    }")
        out.append("}\n")
    return "\n".join(out)


def write_if_changed(path, text):
    try:
        with open(path) as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w") as f:
        f.write(text)
    print("wrote", path)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    defs = parse_spec(SPEC)
    ast_dir = os.path.join(root, "Sources", "TaipanSyntax", "AST")
    write_if_changed(os.path.join(ast_dir, "AST.swift"), gen_ast(defs))
    write_if_changed(os.path.join(ast_dir, "ASTDump.swift"), gen_dump(defs))
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import gen_ast_runtime
    gen_ast_runtime.write_runtime(root, defs, SWIFT_TYPES, camel, write_if_changed)


if __name__ == "__main__":
    sys.exit(main())
