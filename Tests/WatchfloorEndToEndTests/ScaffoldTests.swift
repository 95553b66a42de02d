import Testing

@Test func scaffoldBuilds() { #expect(Bool(true)) }
