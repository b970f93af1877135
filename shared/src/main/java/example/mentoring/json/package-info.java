/**
 * The one JSON configuration ({@link example.mentoring.json.Json#MAPPER}): request bodies, answers,
 * stored documents and log lines are all written and read with it.
 */
package example.mentoring.json;
