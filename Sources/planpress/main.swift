import PlanPressCLI

await PlanPressMain.run()
