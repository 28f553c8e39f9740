#!/usr/bin/env node
// Validates each HAR file named on the command line against the HAR 1.2 schema with har-validator
// (ahmadnassri/node-har-validator: ajv + har-schema). Prints "ok FILE" or "invalid FILE" with ajv's
// errors; exits 0 when every file is valid, 1 when one is not, 2 on a usage or read error.
'use strict'
const fs = require('fs')
const validator = require('har-validator')

async function main (files) {
  if (files.length === 0) {
    console.error('usage: validate.js FILE.har...')
    return 2
  }
  let status = 0
  for (const file of files) {
    let data
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))
    } catch (error) {
      console.error(`unreadable ${file}: ${error.message}`)
      return 2
    }
    try {
      await validator.har(data)
      console.log(`ok ${file}`)
    } catch (error) {
      status = 1
      console.log(`invalid ${file}`)
      for (const problem of error.errors || [error]) {
        console.log(`  ${problem.dataPath || ''} ${problem.message}`)
      }
    }
  }
  return status
}

main(process.argv.slice(2)).then((status) => process.exit(status))
