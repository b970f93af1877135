/**
 * The one JSON configuration ({@link example.mentoring.json.Json}): request bodies, answers, stored
 * documents and log lines are all written and read through it.
 */
package example.mentoring.json;
