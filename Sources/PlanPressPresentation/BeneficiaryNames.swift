/// Thai labels for the usual beneficiary keys; other keys are shown as written.
package enum BeneficiaryNames {
    package static func thai(_ key: String) -> String {
        switch key {
        case "students": return "นักเรียน/นักศึกษา"
        case "teachers": return "ครู"
        case "schools": return "สถานศึกษา"
        case "people": return "ประชาชน"
        case "parents": return "ผู้ปกครอง"
        case "staff": return "บุคลากร"
        default: return key
        }
    }
}
