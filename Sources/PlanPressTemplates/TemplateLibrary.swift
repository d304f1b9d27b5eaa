import Foundation
import PlanPressCore

/// Templates by name (a file's path under `templates/` without `.mustache`), rendered into bytes.
public struct TemplateLibrary: Sendable {
    package var templates: [String: Template] = [:]

    public init() {}

    /// Every `*.mustache` under `url`, named by its path without the extension.
    public init(folder url: URL) throws {
        let base = url.standardizedFileURL.path + "/"
        var paths: [String] = []
        if let walker = FileManager.default.enumerator(atPath: base) {
            for case let path as String in walker where path.hasSuffix(".mustache") { paths.append(path) }
        }
        paths.sort()
        let parsed = Parallel.map(paths) { path -> Result<Template, TemplateError> in
            do {
                let text = try String(contentsOfFile: base + path, encoding: .utf8)
                return .success(try Template(text, name: path))
            } catch let e as TemplateError {
                return .failure(e)
            } catch {
                return .failure(TemplateError(description: "template \(path): \(error)", path: path))
            }
        }
        for (path, result) in zip(paths, parsed) { register(try result.get(), named: String(path.dropLast(9))) }
    }

    public mutating func register(_ template: Template, named name: String) {
        templates[name] = template
    }

    public func has(_ name: String) -> Bool {
        templates[name] != nil
    }

    /// Renders the template `name` with `value` as its context; nil when there is no such template.
    /// With `parallel`, the items of long lists are rendered on every core and joined in order
    /// (the booklet's projects; an item page of a national report lists tens of thousands).
    public func render(_ value: TemplateValue, withTemplate name: String, parallel: Bool = false) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(32_768)
        var renderer = TemplateRenderer(library: self, stack: [value], parallel: parallel)
        renderer.render(template, indentation: nil, into: &out)
        return out
    }

    /// `render(_:withTemplate:parallel: true)`, handed to `flush` a piece at a time (as long
    /// lists add a megabyte, and at the end) instead of returned whole; false when there is no
    /// such template.
    public func render(
        _ value: TemplateValue, withTemplate name: String, flushEvery: Int = 1 << 20, flush: @escaping (inout [UInt8]) -> Void
    ) -> Bool {
        guard let template = templates[name] else { return false }
        var out: [UInt8] = []
        var renderer = TemplateRenderer(library: self, stack: [value], parallel: true)
        renderer.flush = TemplateRenderer.Flush(every: flushEvery, flush)
        renderer.render(template, indentation: nil, into: &out)
        flush(&out)
        return true
    }

    /// Renders `template` (not necessarily registered) with `value`; partials come from the library.
    public func render(_ value: TemplateValue, template: Template) -> [UInt8] {
        var out: [UInt8] = []
        var renderer = TemplateRenderer(library: self, stack: [value])
        renderer.render(template, indentation: nil, into: &out)
        return out
    }
}
