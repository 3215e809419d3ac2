import { join } from 'node:path';
import { createFileRegistry, fromBinary, type DescService } from '@bufbuild/protobuf';
import { FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import protobuf from 'protobufjs';
import descriptor from 'protobufjs/ext/descriptor';

/**
 * Pyroscope's querier service as @bufbuild/protobuf describes it, for a real
 * Connect client (connect-es, what the Drilldown app runs on), built from the
 * same .proto files as the server's generated code.
 */
export function querierService(): DescService {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(import.meta.dirname, '..', '..', 'proto', target);
  root.loadSync('pyroscope/querier.proto').resolveAll();
  const set = (root as unknown as { toDescriptor(syntax: string): protobuf.Message }).toDescriptor('proto3');
  const { FileDescriptorSet } = descriptor as unknown as { FileDescriptorSet: protobuf.Type };
  const files = fromBinary(FileDescriptorSetSchema, FileDescriptorSet.encode(set).finish()).file;
  // protobufjs writes type names relative to their package, no imports, and an empty json_name for
  // one-word fields: qualify the names, give JSON its default names, and put the service's file last.
  const known = new Set(files.flatMap((f) => [...f.messageType, ...f.enumType].map((t) => `${f.package}.${t.name}`)));
  const qualify = (pkg: string, name: string): string => (name.startsWith('.') ? name : known.has(`${pkg}.${name}`) ? `.${pkg}.${name}` : `.${name}`);
  for (const file of files) {
    for (const message of file.messageType) {
      for (const field of message.field) {
        if (field.typeName) field.typeName = qualify(file.package, field.typeName);
        if (!field.jsonName) field.jsonName = field.name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
      }
    }
    for (const service of file.service) {
      for (const method of service.method) {
        method.inputType = qualify(file.package, method.inputType);
        method.outputType = qualify(file.package, method.outputType);
      }
    }
  }
  const serviceFile = files.find((f) => f.service.length > 0)!;
  serviceFile.dependency = files.filter((f) => f !== serviceFile).map((f) => f.name);
  const registry = createFileRegistry({ ...fromBinary(FileDescriptorSetSchema, new Uint8Array()), file: [...files.filter((f) => f !== serviceFile), serviceFile] });
  return registry.getService('querier.v1.QuerierService')!;
}
