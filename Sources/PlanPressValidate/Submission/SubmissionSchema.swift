import PlanPressCore

/// The JSON Schema (draft 2020-12) of `planpress/unit-report/1`, for editors' completion and for
/// other tools, built as data from the validator's own key lists and enums and from the
/// `SkeletonField` catalogue, so that the schema, the checker and the skeleton never drift.
///
/// The schema accepts what the checker accepts in structure (the lenient number and date forms,
/// `null` for an optional field, a number where text is expected) and rejects the structural
/// errors: wrong `format`, missing required fields, wrong types, unknown keys, unreadable numbers
/// and dates, values outside the allowed lists, bad ids. What needs the plan framework or the
/// site configuration (codes, affiliations), arithmetic (spent over allocated) or the file system
/// (evidence files) is left to `planpress check`.
public enum SubmissionSchema {
    /// A JSON value with keys in the order they were added.
    public indirect enum Value: Sendable, Equatable {
        case string(String)
        case integer(Int)
        case bool(Bool)
        case array([Value])
        case object([Pair])

        public struct Pair: Sendable, Equatable {
            public var key: String
            public var value: Value
        }

        static func obj(_ pairs: [(String, Value)]) -> Value { .object(pairs.map { Pair(key: $0.0, value: $0.1) }) }

        /// The value of `key` in an object.
        public subscript(key: String) -> Value? {
            guard case .object(let pairs) = self else { return nil }
            return pairs.first { $0.key == key }?.value
        }

        /// The keys of an object, in order.
        public var keys: [String] {
            guard case .object(let pairs) = self else { return [] }
            return pairs.map(\.key)
        }
    }

    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    // MARK: Lenient value forms, as patterns (ECMA-262 and Python `re` read them alike)

    static let space = "[ \\t\\u00a0]*"
    static let digit = "[0-9๐-๙]"
    static let fraction = "(\\.\(digit)*)?"
    static let exponent = "([eE][+-]?\(digit){1,4})?"
    static let numberBody = "([+-]?(\(digit)+(\\.\(digit)*)?|\\.\(digit)+)\(exponent)|-?\(digit){1,3}(,\(digit){3})+\(fraction)\(exponent))"
    /// `1250000`, `-3.5`, `1e6`, `1,250,000.50`, `๑,๒๕๐`.
    static let numberPattern = "^\(space)\(numberBody)\(space)$"
    /// A number that may end in `%`, where the indicator's unit is a percentage.
    static let percentNumberPattern = "^\(space)\(numberBody)\(space)%?\(space)$"
    /// Money: no sign, at most two decimals (trailing zeros aside), or the exponent form.
    static let moneyPattern =
        "^\(space)((\\+?\(digit)+|\(digit){1,3}(,\(digit){3})+)(\\.\(digit){0,2}[0๐]*)?|\\+?\(digit)+(\\.\(digit)*)?[eE][+-]?\(digit){1,4})\(space)$"
    /// The units that make an indicator a percentage (`SubmissionValidator.isPercent`).
    static let percentUnitPattern = "^ *(ร้อยละ|%|เปอร์เซ็นต์|[Pp][Ee][Rr][Cc][Ee][Nn][Tt]) *$"
    static var monthPattern: String {
        var names = ThaiMonths.full
        for a in ThaiMonths.abbreviated {
            names.append(a.replacingOccurrences(of: ".", with: "\\.").dropLastIfDotEscape() + "\\.?")
            names.append(a.replacingOccurrences(of: ".", with: ""))
        }
        return "(" + names.joined(separator: "|") + ")"
    }
    static var datePattern: String {
        let gap = "[ \\u00a0]+"
        let era = "(พ\\.ศ\\.?\(gap))?"
        return
            "^\(space)(\(digit){4}-\(digit){1,2}-\(digit){1,2}|\(era)\(digit){1,2}\(gap)\(era)\(monthPattern)\(gap)\(era)\(digit){4})\(space)$"
    }
    static let unitIDPattern = "^[a-z0-9][a-z0-9-]{1,62}$"
    static let projectIDPattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"
    static let urlPattern = "^[ \\t]*[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s]+"

    // MARK: The document

    /// The whole schema, with descriptions in `language`.
    public static func document(language: Language = .th) -> Value {
        let b = Builder(language: language)
        return .obj([
            ("$schema", .string(dialect)),
            (
                "title",
                .string(
                    b.t("แบบรายงานผลการดำเนินงานของหน่วยงาน (\(SubmissionValidator.format))", "Unit report (\(SubmissionValidator.format))"))
            ),
            (
                "description",
                .string(
                    b.t(
                        "รูปแบบไฟล์รายงานผลการดำเนินงานประจำปีที่หน่วยงานทางการศึกษาส่งให้สำนักงานศึกษาธิการจังหวัด ตรวจรหัสยุทธศาสตร์ สังกัด และไฟล์หลักฐานด้วย planpress check",
                        "The yearly report an education unit sends to the provincial education office. Codes, affiliations and evidence files are checked by planpress check."
                    ))
            ),
            ("type", .string("object")),
            ("required", .array(["format", "fiscal_year", "unit", "projects"].map(Value.string))),
            ("properties", b.properties(SubmissionValidator.topKeys, prefix: "", b.top)),
            ("additionalProperties", .bool(false)),
            ("$defs", b.definitions()),
        ])
    }

    struct Builder {
        var language: Language

        func t(_ th: String, _ en: String) -> String { language == .th ? th : en }

        func ref(_ name: String) -> Value { .obj([("$ref", .string("#/$defs/\(name)"))]) }

        /// `properties` for `keys`, each with the catalogue's description and example.
        func properties(_ keys: [String], prefix: String, _ shape: (String) -> [(String, Value)]) -> Value {
            .obj(
                keys.map { key in
                    let path = prefix + key
                    var pairs = shape(path)
                    if let f = SkeletonField.named(path) {
                        pairs.insert(("description", .string("\(f.label[language]): \(f.help[language])")), at: 0)
                        if let e = f.example { pairs.append(("examples", .array([example(e, for: path)]))) }
                    }
                    return (key, .obj(pairs))
                })
        }

        /// An example as the JSON a unit would write: numbers as numbers, lists as lists.
        func example(_ text: String, for path: String) -> Value {
            let listFields = ["projects[].strategies", "projects[].also_supports"]
            if listFields.contains(path) { return .array([.string(text)]) }
            if let n = Int(text), !["unit.id", "projects[].id"].contains(path) { return .integer(n) }
            if text == "true" { return .bool(true) }
            return .string(text)
        }

        func object(_ keys: [String], prefix: String, required: [String], nullable: Bool, _ shape: (String) -> [(String, Value)])
            -> [(String, Value)]
        {
            var out: [(String, Value)] = [("type", nullable ? .array([.string("object"), .string("null")]) : .string("object"))]
            if !required.isEmpty { out.append(("required", .array(required.map(Value.string)))) }
            out.append(("properties", properties(keys, prefix: prefix, shape)))
            out.append(("additionalProperties", .bool(false)))
            return out
        }

        func list(of item: Value, nullable: Bool, minItems: Int = 0, maxItems: Int? = nil) -> [(String, Value)] {
            var out: [(String, Value)] = [("type", nullable ? .array([.string("array"), .string("null")]) : .string("array"))]
            if minItems > 0 { out.append(("minItems", .integer(minItems))) }
            if let maxItems { out.append(("maxItems", .integer(maxItems))) }
            out.append(("items", item))
            return out
        }

        func enumeration<E: RawRepresentable & CaseIterable>(_ type: E.Type, nullable: Bool) -> [(String, Value)]
        where E.RawValue == String {
            let values = Value.array(E.allCases.map { .string($0.rawValue) })
            guard nullable else { return [("enum", values)] }
            return [("anyOf", .array([.obj([("enum", values)]), .obj([("type", .string("null"))])]))]
        }

        func top(_ path: String) -> [(String, Value)] {
            switch path {
            case "format": return [("const", .string(SubmissionValidator.format))]
            case "fiscal_year": return [("$ref", .string("#/$defs/fiscalYear"))]
            case "unit":
                return object(
                    SubmissionValidator.unitKeys, prefix: "unit.", required: ["id", "name", "affiliation"], nullable: false, unit)
            case "submitted_on": return [("$ref", .string("#/$defs/optionalDate"))]
            case "approved_by":
                return object(SubmissionValidator.personKeys, prefix: "approved_by.", required: [], nullable: true) { _ in
                    [("$ref", .string("#/$defs/optionalText"))]
                }
            case "summary": return [("$ref", .string("#/$defs/optionalText"))]
            case "projects": return list(of: .obj(project()), nullable: false, maxItems: SubmissionValidator.maximumProjects)
            case "indicator_results":
                // `value`, or for a ratio indicator `numerator` and `denominator`: which one the
                // framework decides, so the schema asks for either.
                let entry = object(
                    SubmissionValidator.indicatorResultKeys, prefix: "indicator_results[].", required: ["code"], nullable: false
                ) { p in
                    switch p {
                    case "indicator_results[].code": return [("$ref", .string("#/$defs/text"))]
                    case "indicator_results[].value": return [("$ref", .string("#/$defs/percentNumber"))]
                    case "indicator_results[].numerator", "indicator_results[].denominator":
                        return [("$ref", .string("#/$defs/optionalNumber"))]
                    case "indicator_results[].as_of": return [("$ref", .string("#/$defs/optionalDate"))]
                    default: return [("$ref", .string("#/$defs/optionalText"))]
                    }
                }
                let either: Value = .array([
                    .obj([("required", .array([.string("value")]))]),
                    .obj([("required", .array([.string("numerator"), .string("denominator")]))]),
                ])
                return list(of: .obj(entry + [("anyOf", either)]), nullable: true)
            default: return []
            }
        }

        func unit(_ path: String) -> [(String, Value)] {
            switch path {
            case "unit.id":
                return [
                    (
                        "anyOf",
                        .array([
                            .obj([("type", .string("string")), ("pattern", .string(unitIDPattern))]),
                            .obj([("type", .string("integer")), ("minimum", .integer(10))]),
                        ])
                    )
                ]
            case "unit.name", "unit.affiliation": return [("$ref", .string("#/$defs/text"))]
            case "unit.contact":
                return object(SubmissionValidator.contactKeys, prefix: "unit.contact.", required: [], nullable: true) { _ in
                    [("$ref", .string("#/$defs/optionalText"))]
                }
            default: return [("$ref", .string("#/$defs/optionalText"))]
            }
        }

        func project() -> [(String, Value)] {
            object(
                SubmissionValidator.projectKeys, prefix: "projects[].", required: ["id", "name", "strategies", "status"], nullable: false
            ) {
                path in
                switch path {
                case "projects[].id":
                    return [
                        (
                            "anyOf",
                            .array([
                                .obj([("type", .string("string")), ("pattern", .string(projectIDPattern))]),
                                .obj([("type", .string("number")), ("minimum", .integer(0))]),
                            ])
                        )
                    ]
                case "projects[].name": return [("$ref", .string("#/$defs/text"))]
                case "projects[].strategies": return list(of: ref("text"), nullable: false, minItems: 1)
                case "projects[].also_supports": return list(of: ref("text"), nullable: true)
                case "projects[].status": return enumeration(ProjectStatus.self, nullable: false)
                case "projects[].period":
                    return object(SubmissionValidator.periodKeys, prefix: "projects[].period.", required: [], nullable: true) { _ in
                        [("$ref", .string("#/$defs/optionalDate"))]
                    }
                case "projects[].budget":
                    return object(SubmissionValidator.budgetKeys, prefix: "projects[].budget.", required: ["allocated"], nullable: true) {
                        p in
                        switch p {
                        case "projects[].budget.allocated": return [("$ref", .string("#/$defs/money"))]
                        case "projects[].budget.spent": return [("$ref", .string("#/$defs/optionalMoney"))]
                        default: return enumeration(BudgetSource.self, nullable: true)
                        }
                    }
                case "projects[].objectives", "projects[].problems", "projects[].suggestions": return list(of: ref("text"), nullable: true)
                case "projects[].indicators": return list(of: .obj(indicator()), nullable: true)
                case "projects[].beneficiaries":
                    return [
                        ("type", .array([.string("object"), .string("null")])),
                        ("additionalProperties", ref("count")),
                        ("examples", .array([.obj([("students", .integer(1200)), ("teachers", .integer(45))])])),
                    ]
                case "projects[].evidence": return list(of: .obj(evidence()), nullable: true)
                default: return [("$ref", .string("#/$defs/optionalText"))]
                }
            }
        }

        func indicator() -> [(String, Value)] {
            var out = object(
                SubmissionValidator.indicatorKeys, prefix: "projects[].indicators[].", required: ["name", "target"], nullable: false
            ) {
                path in
                switch path {
                case "projects[].indicators[].name": return [("$ref", .string("#/$defs/text"))]
                case "projects[].indicators[].kind": return enumeration(IndicatorKind.self, nullable: true)
                case "projects[].indicators[].direction": return enumeration(Direction.self, nullable: true)
                case "projects[].indicators[].achieved": return [("type", .array([.string("boolean"), .string("null")]))]
                // `target` and `actual` depend on `kind`: see `allOf` below.
                case "projects[].indicators[].target", "projects[].indicators[].actual": return []
                default: return [("$ref", .string("#/$defs/optionalText"))]
                }
            }
            let qualitative = Value.obj([
                ("properties", .obj([("kind", .obj([("const", .string(IndicatorKind.qualitative.rawValue))]))])),
                ("required", .array([.string("kind")])),
            ])
            let percentUnit = Value.obj([
                ("properties", .obj([("unit", .obj([("type", .string("string")), ("pattern", .string(percentUnitPattern))]))])),
                ("required", .array([.string("unit")])),
            ])
            let hasActual = Value.obj([
                (
                    "properties",
                    .obj([
                        ("kind", .obj([("const", .string(IndicatorKind.qualitative.rawValue))])),
                        ("actual", .obj([("not", .obj([("type", .string("null"))]))])),
                    ])
                ),
                ("required", .array([.string("kind"), .string("actual")])),
            ])
            out.append(
                (
                    "allOf",
                    .array([
                        .obj([
                            ("if", qualitative),
                            ("then", .obj([("properties", .obj([("target", ref("text")), ("actual", ref("optionalText"))]))])),
                            (
                                "else",
                                .obj([
                                    ("if", percentUnit),
                                    (
                                        "then",
                                        .obj([
                                            (
                                                "properties",
                                                .obj([("target", ref("percentNumber")), ("actual", ref("optionalPercentNumber"))])
                                            )
                                        ])
                                    ),
                                    ("else", .obj([("properties", .obj([("target", ref("number")), ("actual", ref("optionalNumber"))]))])),
                                ])
                            ),
                        ]),
                        .obj([
                            ("if", hasActual),
                            (
                                "then",
                                .obj([
                                    ("required", .array([.string("achieved")])),
                                    ("properties", .obj([("achieved", .obj([("type", .string("boolean"))]))])),
                                ])
                            ),
                        ]),
                    ])
                ))
            return out
        }

        func evidence() -> [(String, Value)] {
            var out = object(SubmissionValidator.evidenceKeys, prefix: "projects[].evidence[].", required: ["title"], nullable: false) {
                path in
                switch path {
                case "projects[].evidence[].title": return [("$ref", .string("#/$defs/text"))]
                case "projects[].evidence[].url":
                    return [
                        (
                            "anyOf",
                            .array([
                                .obj([("type", .string("string")), ("pattern", .string(urlPattern))]), .obj([("type", .string("null"))]),
                                .obj([("const", .string(""))]),
                            ])
                        )
                    ]
                default: return [("$ref", .string("#/$defs/optionalText"))]
                }
            }
            let filled = Value.obj([("type", .string("string")), ("pattern", .string("\\S"))])
            out.append(
                (
                    "oneOf",
                    .array([
                        .obj([("required", .array([.string("url")])), ("properties", .obj([("url", filled)]))]),
                        .obj([("required", .array([.string("file")])), ("properties", .obj([("file", filled)]))]),
                    ])
                ))
            return out
        }

        func definitions() -> Value {
            let scalarTypes: [Value] = [.string("string"), .string("number"), .string("boolean")]
            return .obj([
                (
                    "text",
                    .obj([
                        ("description", .string(t("ข้อความที่ต้องกรอก (ห้ามว่าง)", "required text (not empty)"))),
                        ("type", .array(scalarTypes)), ("pattern", .string("\\S")),
                    ])
                ),
                (
                    "optionalText",
                    .obj([
                        ("description", .string(t("ข้อความ (ว่างหรือ null ถือว่าไม่ได้กรอก)", "text (empty or null counts as absent)"))),
                        ("type", .array(scalarTypes + [.string("null")])),
                    ])
                ),
                (
                    "number",
                    .obj([
                        (
                            "description",
                            .string(
                                t(
                                    "ตัวเลข: 1250000 หรือข้อความ \"1,250,000.50\" (, คั่นทุกสามหลัก) หรือเลขไทย \"๑,๒๕๐\"",
                                    "a number: 1250000, or text \"1,250,000.50\" (, every three digits), or Thai digits \"๑,๒๕๐\""
                                ))
                        ),
                        (
                            "anyOf",
                            .array([
                                .obj([("type", .string("number"))]),
                                .obj([("type", .string("string")), ("pattern", .string(numberPattern))]),
                            ])
                        ),
                    ])
                ),
                ("optionalNumber", .obj([("anyOf", .array([ref("number"), .obj([("type", .string("null"))])]))])),
                (
                    "percentNumber",
                    .obj([
                        (
                            "description",
                            .string(
                                t("ตัวเลขของร้อยละ มี % ต่อท้ายได้: 72.5 หรือ \"72.5%\"", "a percentage, a trailing % allowed: 72.5 or \"72.5%\""))
                        ),
                        (
                            "anyOf",
                            .array([
                                .obj([("type", .string("number"))]),
                                .obj([("type", .string("string")), ("pattern", .string(percentNumberPattern))]),
                            ])
                        ),
                    ])
                ),
                ("optionalPercentNumber", .obj([("anyOf", .array([ref("percentNumber"), .obj([("type", .string("null"))])]))])),
                (
                    "money",
                    .obj([
                        (
                            "description",
                            .string(
                                t(
                                    "จำนวนเงินเป็นบาท ไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง: 350000, \"348,250.50\", \"๓๕๐,๐๐๐\"",
                                    "baht, not negative, at most 2 decimals: 350000, \"348,250.50\", \"๓๕๐,๐๐๐\""))
                        ),
                        (
                            "anyOf",
                            .array([
                                .obj([("type", .string("number")), ("minimum", .integer(0))]),
                                .obj([("type", .string("string")), ("pattern", .string(moneyPattern))]),
                            ])
                        ),
                    ])
                ),
                ("optionalMoney", .obj([("anyOf", .array([ref("money"), .obj([("type", .string("null"))])]))])),
                (
                    "optionalDate",
                    .obj([
                        (
                            "description",
                            .string(
                                t(
                                    "วันที่: 2569-10-20 (ปี ≥ 2400 เป็น พ.ศ.) หรือ 20 ตุลาคม 2569, 20 ต.ค. 2569, ๒๐ ต.ค. พ.ศ. ๒๕๖๙",
                                    "a date: 2569-10-20 (a year ≥ 2400 is BE) or 20 ตุลาคม 2569, 20 ต.ค. 2569, ๒๐ ต.ค. พ.ศ. ๒๕๖๙"))
                        ),
                        (
                            "anyOf",
                            .array([
                                .obj([("type", .string("string")), ("pattern", .string(datePattern))]), .obj([("type", .string("null"))]),
                            ])
                        ),
                    ])
                ),
                (
                    "fiscalYear",
                    .obj([
                        ("description", .string(t("ปี พ.ศ. 2500–2700 (ค.ศ. + 543)", "a BE year 2500–2700 (CE + 543)"))),
                        (
                            "anyOf",
                            .array([
                                .obj([("type", .string("integer")), ("minimum", .integer(2500)), ("maximum", .integer(2700))]),
                                .obj([("type", .string("string")), ("pattern", .string("^(2[56][0-9]{2}|2700|๒[๕๖][๐-๙]{2}|๒๗๐๐)$"))]),
                            ])
                        ),
                    ])
                ),
                (
                    "count",
                    .obj([
                        ("description", .string(t("จำนวนเต็มไม่ติดลบ", "a whole number, 0 or more"))),
                        (
                            "anyOf",
                            .array([
                                .obj([("type", .string("integer")), ("minimum", .integer(0))]),
                                .obj([("type", .string("string")), ("pattern", .string("^\(digit)+$"))]),
                            ])
                        ),
                    ])
                ),
            ])
        }
    }
}

extension String {
    /// `ม\.ค\.` → `ม\.ค` (the optional final dot is added by the caller).
    fileprivate func dropLastIfDotEscape() -> String {
        hasSuffix("\\.") ? String(dropLast(2)) : self
    }
}
