//
//  AIService.swift
//  TripPlanner
//
//  Itinerary suggestions (Gemini) and spoken walking-tour narration (ElevenLabs).
//

import Foundation
import GoogleGenerativeAI
import os

enum AIServiceError: Error {
    case emptyResponse
    case badStatus(Int)
}

final class AIService {
    static let shared = AIService()

    private let log = Logger(subsystem: "com.tripwise.planner", category: "ai")

    // Gemini key from AI Studio. FIXME: proxy through our backend before the public release,
    // this ships in the binary.
    private let gemini = GenerativeModel(
        name: "gemini-1.5-flash",
        apiKey: "⟦gcp_api_key:gemini⟧",
        generationConfig: GenerationConfig(temperature: 0.6, maxOutputTokens: 2048)
    )

    private let elevenLabsKey = "⟦elevenlabs_api_key⟧"
    private let narratorVoiceID = "21m00Tcm4TlvDq8ikWAM"

    private init() {}

    func suggestItinerary(city: String, days: Int, interests: [String]) async throws -> String {
        let prompt = """
        Plan a \(days)-day trip to \(city) for someone interested in \(interests.joined(separator: ", ")).
        Return a day-by-day list with morning, afternoon and evening activities and a short reason for each.
        """
        let response = try await gemini.generateContent(prompt)
        guard let text = response.text, !text.isEmpty else { throw AIServiceError.emptyResponse }
        return text
    }

    func narrate(_ text: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.elevenlabs.io/v1/text-to-speech/\(narratorVoiceID)")!)
        request.httpMethod = "POST"
        request.setValue(elevenLabsKey, forHTTPHeaderField: "xi-api-key")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("audio/mpeg", forHTTPHeaderField: "Accept")
        request.httpBody = try JSONSerialization.data(withJSONObject: [
            "text": text,
            "model_id": "eleven_turbo_v2_5",
            "voice_settings": ["stability": 0.5, "similarity_boost": 0.75],
        ])

        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? -1
        guard status == 200 else {
            log.error("ElevenLabs returned \(status)")
            throw AIServiceError.badStatus(status)
        }
        return data
    }
}
