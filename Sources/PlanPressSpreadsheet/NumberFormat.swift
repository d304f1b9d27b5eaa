import Foundation

/// Which number formats show dates: the cell holding a serial day is told apart from a number
/// only by its style's format.
enum NumberFormat {
    /// Built-in formats that show a date or a time: 14–22 and 45–47 everywhere; 27–36 and 50–58
    /// in Chinese, Japanese and Korean Excel; 71–81 in Thai Excel (`ว/ด/ปปปป`, `d/m/bb`, …).
    static func isBuiltInDate(_ id: Int) -> Bool {
        switch id {
        case 14...22, 45...47, 27...36, 50...58, 71...81: return true
        default: return false
        }
    }

    /// True when a format code shows a date or a time: it has a day, month, year or hour token
    /// (`d`, `m`, `y`, `h`, `s`; Buddhist `b`; Thai `ว ด ป ช`) outside quoted text, `[…]`
    /// (colours, conditions, locales), escaped characters and fill or padding characters.
    /// `AM/PM` and `A/P` are dropped first, since their `M` is not a month.
    static func isDateCode(_ code: String) -> Bool {
        var rest = Substring(code)
        for marker in ["AM/PM", "am/pm", "A/P", "a/p"] { rest = Substring(rest.replacingOccurrences(of: marker, with: "")) }
        var iterator = rest.unicodeScalars.makeIterator()
        while let u = iterator.next() {
            switch u {
            case "\"":
                while let q = iterator.next(), q != "\"" {}
            case "[":
                while let q = iterator.next(), q != "]" {}
            case "\\", "_", "*":
                _ = iterator.next()
            case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S", "b", "B", "ว", "ด", "ป", "ช":
                return true
            default:
                continue
            }
        }
        return false
    }
}
