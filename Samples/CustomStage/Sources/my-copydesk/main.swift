import CopydeskCLI
import CopydeskStages
import WordCount

var registry = BuiltinStages.registry
registry.register(WordCountStage.self)
CopydeskCommand.main(registry: registry)
