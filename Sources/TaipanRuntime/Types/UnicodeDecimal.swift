// Text of a number literal as int() and float() read it: CPython first turns Unicode
// decimal digits (category Nd) into ASCII digits and Unicode spaces into ' ', and any other
// non-ASCII character makes the text invalid (_PyUnicode_TransformDecimalAndSpaceToASCII).

enum UnicodeDecimal {
    /// The ASCII form of `text`, or nil when it holds a non-ASCII character that is neither
    /// a decimal digit nor a space.
    static func asciiDigitsAndSpaces(_ text: String) -> [UInt8]? {
        var chars: [UInt8] = []
        chars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                chars.append(UInt8(scalar.value))
            } else if scalar.properties.isWhitespace {
                chars.append(UInt8(ascii: " "))
            } else if scalar.properties.numericType == .decimal, let v = scalar.properties.numericValue {
                chars.append(48 + UInt8(v))
            } else {
                return nil
            }
        }
        return chars
    }
}
