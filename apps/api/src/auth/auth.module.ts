import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { TokenVerifier } from './token-verifier';

@Module({
  controllers: [AuthController],
  providers: [TokenVerifier],
  exports: [TokenVerifier],
})
export class AuthModule {}
