extension EntityTrainer {
    /// Tags for every training sentence from a model that did not see its
    /// document: the documents are cut into `folds` parts (document number
    /// modulo `folds`), a model without history is trained on all parts but
    /// one and tags that one. These are the `historyTags` of a model that
    /// reads the document's history, as Krishnan & Manning (2006) train the
    /// second stage of their two-stage tagger.
    public func jackknifed(_ train: [TaggedSentence], folds: Int = 4, log: (String) -> Void) -> [[Int]] {
        var local = self
        local.features = EntityFeatures(gazetteer: features.gazetteer, clusters: features.clusters, history: false)
        local.historyTags = nil
        var out = [[Int]](repeating: [], count: train.count)
        for k in 0..<folds {
            let held = train.indices.filter { train[$0].document % folds == k }
            let kept = train.indices.filter { train[$0].document % folds != k }.map { train[$0] }
            let (model, _) = local.train(kept, dev: []) { _ in }
            for i in held { out[i] = model.tag(train[i].sentence) }
            log("jackknife fold \(k + 1) of \(folds): trained on \(kept.count) sentences, tagged \(held.count)")
        }
        return out
    }
}
