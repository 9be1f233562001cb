import Copydesk
import Testing

@Suite struct PipelineBuilderTests {
    let builder = PipelineBuilder(registry: testRegistry())

    func diagnostics(_ yaml: String) -> [String] {
        do {
            _ = try builder.build(yaml: yaml, path: "p.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func validPipelineBuilds() throws {
        let p = try builder.build(yaml: """
        name: ok
        workers: 3
        stages:
          - stage: counting
            with: {path: in}
          - stage: upper
            id: shout
            with:
              label: x
              times: 2
          - stage: null
            with: {path: out.jsonl}
        """, path: "/tmp/pipelines/p.yaml")
        #expect(p.name == "ok")
        #expect(p.workers == 3)
        #expect(p.maxInFlight == 12)
        #expect(p.transforms.map(\.id) == ["shout"])
        #expect(p.outputPath == "/tmp/pipelines/out.jsonl")
    }

    @Test func unknownStageSuggestsNearestAndListsNames() {
        let d = diagnostics("""
        name: x
        stages:
          - stage: counting
            with: {path: in}
          - stage: uper
          - stage: null
            with: {path: out}
        """)
        #expect(d == ["p.yaml:5:12: unknown stage 'uper'; did you mean 'upper'?; stages: counting, upper, rewrite, annotate, needs_entities, picky, null"])
    }

    @Test func optionErrorsCarryPositionsAndAllAreReported() {
        let d = diagnostics("""
        name: x
        stages:
          - stage: counting
            with: {path: in}
          - stage: upper
            with:
              tims: 2
              mode: quick
          - stage: upper
            id: second
            with:
              label: y
              times: many
          - stage: null
            with: {path: out}
        """)
        #expect(d == [
            "p.yaml:7:7: unknown option 'tims' for stage 'upper'; did you mean 'times'?; options: times, mode, label",
            "p.yaml:8:13: option 'mode' of 'upper': expected one of fast, slow, got 'quick'",
            "p.yaml:5:12: stage 'upper' needs option 'label' (string): A required label.",
            "p.yaml:13:14: option 'times' of 'upper': expected an integer, got 'many'",
        ])
    }

    @Test func boundsAreChecked() {
        let d = diagnostics("""
        name: x
        stages:
          - stage: counting
            with: {path: in}
          - stage: upper
            with: {label: a, times: 0}
          - stage: null
            with: {path: out}
        """)
        #expect(d == ["p.yaml:6:29: option 'times' of 'upper': must be at least 1, got '0'"])
    }

    @Test func duplicateIDsAndOrder() {
        let d = diagnostics("""
        name: x
        stages:
          - stage: upper
            with: {label: a}
          - stage: counting
            id: upper
            with: {path: in}
          - stage: null
            with: {path: out}
        """)
        #expect(d == [
            "p.yaml:6:9: duplicate id 'upper' (first used at line 3); give one of them another 'id:'",
            "p.yaml:3:12: a pipeline must start with a load stage (counting), not 'upper'",
            "p.yaml:5:12: a pipeline has one load stage; 'counting' appears again here",
        ])
    }

    @Test func dataDependenciesAreChecked() {
        let d = diagnostics("""
        name: x
        stages:
          - stage: counting
            with: {path: in}
          - stage: needs_entities
          - stage: annotate
          - stage: rewrite
          - stage: null
            with: {path: out}
          - stage: upper
            with: {label: a}
        """)
        #expect(d == [
            "p.yaml:5:12: stage 'needs_entities' needs entities, which no earlier stage produces; add 'annotate' before it",
            "p.yaml:7:12: stage 'rewrite' changes the text and would invalidate the entities that 'annotate' (line 6) produced; move it before 'annotate'",
            "p.yaml:10:12: 'upper' comes after a write stage; writes must come last",
        ])
    }

    @Test func yamlSyntaxErrorHasPosition() {
        let d = diagnostics("name: x\nstages:\n  - stage: counting\n    with: {path: in\n")
        #expect(d.count == 1)
        #expect(d[0].hasPrefix("p.yaml:5:1: YAML syntax error:"))
    }

    @Test func aliasBombsAndDeepNestingAreRefusedWithPositions() {
        // Billion laughs: 9^10 strings if expanded; refused at the first use, unexpanded.
        var lines = ["description:", "  x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for i in 1..<10 { lines.append("  x\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]") }
        let bomb = (lines + ["stages:", "  - stage: counting", "    with: {path: *a9}", "  - stage: null", "    with: {path: out}"]).joined(separator: "\n")
        let d = diagnostics(bomb)
        #expect(d.first?.hasPrefix("p.yaml:11:") == true && d.first?.contains("option 'path'") == true, "\(d)")
        let deep = diagnostics("stages: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        #expect(deep.count == 1 && deep[0].hasPrefix("p.yaml:1:") && deep[0].contains("nesting"), "\(deep)")
        let deepMapping = diagnostics("stages:\n" + (1..<3000).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined())
        #expect(deepMapping.count == 1 && deepMapping[0].contains("nesting"), "\(deepMapping)")
    }

    @Test func unknownTopLevelAndEntryKeys() {
        let d = diagnostics("""
        name: x
        worker: 2
        stages:
          - stage: counting
            path: in
          - stage: null
            with: {path: out}
        """)
        #expect(d.contains("p.yaml:2:1: unknown key 'worker'; did you mean 'workers'?; valid keys: name, workers, on_error, max_in_flight, stages, description, plugins, resume, checkpoint_every, isolate, timeout, report, max_document_bytes"))
        #expect(d.contains("p.yaml:5:5: unknown key 'path' in a stage entry; did you mean 'with'?; an entry has stage, with, id, on_error, isolate, timeout (options go under 'with:')"))
    }

    @Test func missingWriteIsAnError() {
        let d = diagnostics("name: x\nstages:\n  - stage: counting\n    with: {path: in}\n")
        #expect(d == ["p.yaml:3:12: a pipeline must end with a write stage (null); none is declared"])
    }

    @Test func overridesReplaceFirstLoadAndLastWritePaths() throws {
        let p = try builder.build(yaml: """
        name: x
        stages:
          - stage: counting
            with: {path: in}
          - stage: null
            with: {path: a}
          - stage: null
            id: b
            with: {path: b}
        """, path: "/tmp/p.yaml", overrides: PipelineOverrides(inputPath: "-", outputPath: "/data/out.jsonl", workers: 5))
        #expect(p.outputPath == "/data/out.jsonl")
        #expect(p.workers == 5)
    }

    @Test func missingFileIsReportedAtItsPath() {
        #expect(throws: ConfigurationError.self) { try builder.build(path: "/nonexistent/pipeline.yaml") }
    }
}
