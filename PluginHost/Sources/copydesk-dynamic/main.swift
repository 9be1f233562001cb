import CopydeskCLI
import CopydeskStages

// A thin entry point: a custom binary registers its own stages here too.
CopydeskCommand.main(registry: BuiltinStages.registry)
