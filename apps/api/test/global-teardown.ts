export { stopRunServices as default } from '@seraph/testing';
