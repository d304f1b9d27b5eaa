/// The status page: every unit's submission, accepted, late, rejected or missing.
struct StatusView: Encodable {
    var rows: [Row]
    var deadline: String
    var submitted: String
    var late: String
    var rejected: String
    var missing: String

    /// One unit's state.
    struct Row: Encodable {
        var name: String
        /// The unit's page, empty for units without one.
        var href: String
        var id: String
        var state: String
        var stateCode: String
        var date: String
        var detail: String
    }
}
