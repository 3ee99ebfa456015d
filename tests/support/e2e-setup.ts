// Browser journeys against real servers take longer than unit tests: the global testTimeout
// (30 s) would win over a project's own, so the e2e project sets its timeout here.
jest.setTimeout(180_000)
