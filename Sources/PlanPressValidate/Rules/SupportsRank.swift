import PlanPressCore

/// PP704: an item supports an item of a plan whose rank is not smaller: links go from the local
/// plans up to the national ones only, so that the framework has no cycle.
package enum SupportsRank: DiagnosticRule {
    package static let code = DiagnosticCode.supportsRank
    package static let severity = Severity.error
    package static let summary = LocalizedText(th: "supports อ้างแผนที่ไม่ได้อยู่ระดับสูงกว่า", en: "supports names a plan of no smaller rank")

    /// The problem with `item` (of a plan of rank `rank`) supporting `supported` (of a plan of
    /// rank `supportedRank`), nil when the supported plan's rank is smaller.
    static func check(_ item: PlanItem, rank: Int, supports supported: LocatedCode, of supportedRank: Int) -> Diagnostic? {
        guard supportedRank >= rank else { return nil }
        return make(
            at: supported.location,
            th:
                "\"\(item.code)\" (แผนระดับ \(rank)) supports \"\(supported.code)\" ซึ่งอยู่ในแผนระดับ \(supportedRank) ได้เฉพาะแผนที่ rank น้อยกว่า",
            en:
                "\"\(item.code)\" (rank \(rank)) supports \"\(supported.code)\" of rank \(supportedRank); only plans of a smaller rank may be supported",
            hintTH: "ตรวจ rank ของแผน หรือย้ายความเชื่อมโยงไปไว้ที่แผนระดับล่าง",
            hintEN: "check the plans' ranks, or move the link to the more local plan")
    }
}
