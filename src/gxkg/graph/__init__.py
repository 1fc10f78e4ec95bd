"""The domain API by concern, composed by gxkg.kg.KnowledgeGraph: schema (classes and properties), labels,
names (resolution and search), evidence, records (facts and figures) and traverse (neighbourhoods and paths,
as pure functions with examples). `common` holds what they share."""
