extension EntityModel {
    /// The mean of models trained alike but on different orders of the data
    /// (seeds): a perceptron's result depends on the order it read its
    /// examples in, by a point of F1 on a few hundred news entities; the mean
    /// of several keeps what they agree on. A feature one model lacks counts
    /// as 0 there. The models must share tags and features.
    public static func mean(of models: [EntityModel], info: [String: String]) -> EntityModel {
        precondition(!models.isEmpty, "no models to average")
        let first = models[0], T = first.tags.count
        var rows: [UInt64: Int32] = [:]
        var weights: [Float] = []
        let share = 1 / Float(models.count)
        for model in models {
            precondition(model.tags.labels == first.tags.labels && model.features.perToken == first.features.perToken,
                         "models with different tags or features cannot be averaged")
            let w = model.weights
            for (r, key) in model.keys.enumerated() {
                let row: Int
                if let existing = rows[key] { row = Int(existing) } else {
                    row = rows.count
                    rows[key] = Int32(row)
                    weights.append(contentsOf: repeatElement(0, count: T))
                }
                for t in 0..<T { weights[row * T + t] += w[r * T + t] * share }
            }
        }
        var transitions = [Float](repeating: 0, count: first.transitions.count)
        for model in models { for k in transitions.indices { transitions[k] += model.transitions[k] * share } }
        return EntityModel(tags: first.tags, rows: rows, weights: weights, transitions: transitions, features: first.features, info: info)
    }
}
