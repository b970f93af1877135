/** SDK clients and configuration, read from one place so that no name or region is hard-coded. */
package example.mentoring.aws;
