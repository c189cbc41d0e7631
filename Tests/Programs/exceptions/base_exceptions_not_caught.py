# except Exception does not catch SystemExit, KeyboardInterrupt or GeneratorExit.
for exc in (SystemExit(2), KeyboardInterrupt(), GeneratorExit(), ValueError()):
    try:
        try:
            raise exc
        except Exception:
            print(type(exc).__name__, "caught by except Exception")
    except BaseException as e:
        print(type(e).__name__, "only caught by BaseException")
