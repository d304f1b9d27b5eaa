import PlanPressTemplates

/// A link to a plan item by its code (a project's strategies).
struct CodeLink: Encodable {
    var code: String
    var href: String
}

/// A link to a plan item by its code, with the item's name.
struct NamedCodeLink: Encodable {
    var code: String
    var href: String
    var name: String
}

/// A link by name (a unit on an item's page).
struct NamedLink: Encodable {
    var name: String
    var href: String
}

/// A person by name and position (the committee, a report's approver).
struct PersonView: Encodable {
    var name: String
    var position: String
}

extension CodeLink: TemplateValueConvertible {
    func templateValue(_ encoding: TemplateEncoding) -> TemplateValue {
        var o = TemplateObject(encoding, capacity: 2)
        o.text("code", code)
        o.text("href", href)
        return o.value
    }
}

extension NamedCodeLink: TemplateValueConvertible {
    func templateValue(_ encoding: TemplateEncoding) -> TemplateValue {
        var o = TemplateObject(encoding, capacity: 3)
        o.text("code", code)
        o.text("href", href)
        o.text("name", name)
        return o.value
    }
}
