import PlanPressXML

/// `report.xml` validated against `report.xsd` in parts while it is written, on every core,
/// instead of in one serial pass over the whole file afterwards (at national scale that pass was
/// 5 s of a 20 s build, and its keys and keyrefs alone 2.6 s and 300 MB).
///
/// The document is its head (site, totals, plans) and tail (rejected and missing units) around
/// the units. libxml2 validates the head and tail as one document, with `<unit/>` in the units'
/// place, and each unit wrapped in a `unitBatch`, against `ReportXSD.partsText`: the same types,
/// so a part is valid exactly when it is valid in the document. The root's keys and keyrefs are
/// checked over all parts by `ReportIdentities`. When anything fails, `validElements` is nil and
/// the caller validates the written file whole, as before, for libxml2's own messages and lines.
final class ReportXMLParts {
    let validator: XMLEngine.PartValidator
    /// The elements read from each part, to be remembered for the whole file when the parts stand
    /// for it (the channel audit's).
    let query: XMLEngine.ElementQuery
    private var identities = ReportIdentities()
    private var head: Reading?
    private var expectedEnd: [UInt8] = []
    private var unitElements: [XMLEngine.ReadElement] = []
    private var failed = false
    private var ended = false

    /// The root element's end as `XMLWriter` writes it: the document's last bytes.
    static let rootEnd = Array("</report>\n".utf8)

    /// What validating one part found.
    typealias Reading = XMLEngine.PartReading<ReportIdentityRecorder>

    init(_ validator: XMLEngine.PartValidator, reading query: XMLEngine.ElementQuery) {
        self.validator = validator
        self.query = query
    }

    /// Validates the head (`document`: the document from its first byte up to its units) with the
    /// placeholder, `rest` (the root's children after the units) and the root's end.
    func begin(_ document: [UInt8], hasUnits: Bool, rest: [UInt8]) {
        guard document.starts(with: Array("<?xml ".utf8)) else {
            failed = true
            return
        }
        expectedEnd = rest + Self.rootEnd
        let skeleton = document + (hasUnits ? Array("  <unit/>\n".utf8) : []) + expectedEnd
        let reading = validator.validate(
            skeleton, name: "report.xml", query: query, fields: ReportIdentityRecorder(inUnitBatch: false))
        if !reading.problems.isEmpty || (hasUnits && reading.fields.elementsBeforeUnit == nil) { failed = true }
        identities.add(reading.fields.part)
        head = reading
    }

    /// One unit's fragment (`XMLWriter.fragment(_:level: 1)`) as a document of its own.
    static func batch(_ fragment: [UInt8]) -> [UInt8] {
        Array(#"<unitBatch xmlns="\#(ReportXSD.namespace)">"#.utf8) + [0x0A] + fragment + Array("</unitBatch>\n".utf8)
    }

    /// Validates one unit's fragment; safe on any thread.
    static func check(_ fragment: [UInt8], with validator: XMLEngine.PartValidator, reading query: XMLEngine.ElementQuery) -> Reading {
        validator.validate(batch(fragment), name: "units.xml", query: query, fields: ReportIdentityRecorder(inUnitBatch: true))
    }

    /// Adds a unit `check` read, in document order.
    func add(_ reading: Reading) {
        if !reading.problems.isEmpty { failed = true }
        identities.add(reading.fields.part)
        unitElements += reading.elements
    }

    /// The document's bytes after its units, as written: they must be what `begin` validated.
    func end(_ written: [UInt8]) {
        if written != expectedEnd { failed = true }
        ended = true
    }

    /// The problems that keep the parts from standing for the document (empty when they do).
    var problems: [String] {
        var out: [String] = []
        if failed || head == nil || !ended { out.append("a part is not valid or the document is not as validated") }
        return out + identities.check()
    }

    /// What the audit reads from the document, in document order, when every part is valid and
    /// every key and keyref holds; nil otherwise.
    var validElements: [XMLEngine.ReadElement]? {
        guard let head, problems.isEmpty else { return nil }
        let split = head.fields.elementsBeforeUnit ?? head.elements.count
        return Array(head.elements[..<split]) + unitElements + head.elements[split...]
    }
}
