def main():
    return "tool.main called"
if __name__ == "__main__":
    print("never printed when imported")
else:
    print("  [pkg_once.tool imported as", __name__, "]")
