// posix.scandir and DirEntry. The directory is read whole when scandir is called (so no
// DIR* outlives a collection); entries keep d_type, so is_dir()/is_file() need no stat
// unless the file system reports DT_UNKNOWN, and stat() results are cached as CPython's.
//
//   DirEntry          word 0 type   1 name   2 path   3 d_type   4 inode   5 stat   6 lstat
//   ScandirIterator   word 0 type   1 list of entries   2 next index

#if canImport(Glibc)
import Glibc
#endif

enum PosixScandir {
    static var entryType = Value(bits: 0)
    static var iteratorType = Value(bits: 0)

    static func setUp() {
        if !entryType.isNull { return }
        let slots = TypeSlots()
        slots.repr = { e throws(PyException) in
            StrRef.create("<DirEntry \(try Runtime.reprString(e.loadValue(1)))>").value
        }
        entryType = ModuleTypes.make("DirEntry", module: "posix", words: 7, flags: [], slots: slots)
        GetSet.add(entryType, "name") { e in e.loadValue(1) }
        GetSet.add(entryType, "path") { e in e.loadValue(2) }
        NativeFunctions.addMethod(entryType, "__fspath__") { e, _ in e.loadValue(2) }
        NativeFunctions.addMethod(entryType, "inode") { e, _ in e.loadValue(4) }
        NativeFunctions.addMethod(entryType, "is_symlink") { e, _ throws(PyException) in
            .bool(try mode(e, follow: false) & S_IFMT == S_IFLNK)
        }
        NativeFunctions.addMethod(entryType, "is_dir") { e, args throws(PyException) in
            .bool(try testMode(e, args, "is_dir", S_IFDIR))
        }
        NativeFunctions.addMethod(entryType, "is_file") { e, args throws(PyException) in
            .bool(try testMode(e, args, "is_file", S_IFREG))
        }
        NativeFunctions.addMethod(entryType, "stat") { e, args throws(PyException) in
            let follow = try follows(args, "stat")
            return try stat(e, follow: follow)
        }

        iteratorType = ModuleTypes.iterator("ScandirIterator", module: "posix", words: 3, flags: [], new: nil) { it in
            let l = ListRef(it.loadValue(1))
            let i = it.intField(2)
            if i >= l.count { return nil }
            it.setIntField(2, i + 1)
            return l[i]
        }
        NativeFunctions.addMethod(iteratorType, "close") { it, _ in
            it.setIntField(2, ListRef(it.loadValue(1)).count)
            return .none
        }
        NativeFunctions.addMethod(iteratorType, "__enter__") { it, _ in it }
        NativeFunctions.addMethod(iteratorType, "__exit__") { it, _ in
            it.setIntField(2, ListRef(it.loadValue(1)).count)
            return .none
        }
    }

    static func follows(_ args: Arguments, _ name: String) throws(PyException) -> Bool {
        if args.positionalCount > 0 { throw typeError("\(name)() takes no positional arguments") }
        try args.expect(name, min: 0, max: 0, keywords: ["follow_symlinks"], keywordOnly: 1)
        guard let v = args.keyword("follow_symlinks") else { return true }
        return try Runtime.isTrue(v)
    }

    static func testMode(_ e: Value, _ args: Arguments, _ name: String, _ kind: mode_t) throws(PyException) -> Bool {
        let follow = try follows(args, name)
        do {
            return try mode(e, follow: follow) & S_IFMT == kind
        } catch {
            // A dangling entry (removed since, or a broken link) is neither a file nor a dir.
            if TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("FileNotFoundError")) { return false }
            throw error
        }
    }

    /// The entry's mode, from d_type when it answers the question, else from (l)stat.
    static func mode(_ e: Value, follow: Bool) throws(PyException) -> mode_t {
        let type = e.intField(3)
        if type != Int(DT_UNKNOWN) && !(follow && type == Int(DT_LNK)) {
            switch type {
            case Int(DT_DIR): return S_IFDIR
            case Int(DT_REG): return S_IFREG
            case Int(DT_LNK): return S_IFLNK
            case Int(DT_FIFO): return S_IFIFO
            case Int(DT_SOCK): return S_IFSOCK
            case Int(DT_CHR): return S_IFCHR
            case Int(DT_BLK): return S_IFBLK
            default: break
            }
        }
        let st = try stat(e, follow: follow)
        return mode_t(truncatingIfNeeded: IntOps.asInt64(StructSequence.item(st, 0)) ?? 0)
    }

    static func stat(_ e: Value, follow: Bool) throws(PyException) -> Value {
        let word = follow ? 5 : 6
        let cached = e.loadValue(word)
        if !cached.isNull && !cached.isIdentical(.none) { return cached }
        let p = try PosixPath.convert(e.loadValue(2), function: "stat")
        let result = try PosixFiles.stat(p, follow: follow)
        e.storeValue(word, result)
        // Not a link: stat and lstat agree.
        let type = e.intField(3)
        if type != Int(DT_LNK) && type != Int(DT_UNKNOWN) { e.storeValue(11 - word, result) }
        return result
    }

    static func install(_ module: Value) {
        setUp()
        ModuleTypes.function(module, "scandir") { _, args throws(PyException) in
            let given = try args.parameter(0, "path", of: "scandir", names: ["path"])
            var p = PosixPath.Argument()
            p.cString = [CChar(UInt8(ascii: ".")), 0]
            var prefix: [UInt8] = [UInt8(ascii: ".")]
            if let given, !given.isIdentical(.none) {
                p = try PosixPath.convert(given, function: "scandir", allowNone: true)
                prefix = p.cString.dropLast().map { UInt8(bitPattern: $0) }
            }
            guard let dir = opendir(p.cString) else {
                throw OSErrors.fromErrno(filename: given == nil || given!.isIdentical(.none) ? StrRef.create(".").value : p.original)
            }
            defer { closedir(dir) }
            let entries = ListRef.create()
            let it = allocateObject(words: 3, type: iteratorType)
            it.storeValue(1, entries.value)
            it.setIntField(2, 0)
            while let entry = readdir(dir) {
                let name = PosixFiles.entryName(entry)
                if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
                let e = allocateObject(words: 7, type: entryType)
                for i in 1..<7 { e.storeValue(i, .none) }
                entries.append(e)
                e.storeValue(1, PosixPath.decode(name, asBytes: p.isBytes))
                let path = prefix.last == UInt8(ascii: "/") ? prefix + name : prefix + [UInt8(ascii: "/")] + name
                e.storeValue(2, PosixPath.decode(path, asBytes: p.isBytes))
                e.setIntField(3, Int(entry.pointee.d_type))
                e.storeValue(4, IntOps.make(unsigned: UInt64(entry.pointee.d_ino)))
            }
            return it
        }
    }
}
